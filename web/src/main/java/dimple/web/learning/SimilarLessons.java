package dimple.web.learning;

import dimple.application.learning.LessonCard;
import dimple.application.learning.LessonService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** On the report form, while the narrative is typed: up to three published lessons like it ("this has happened before"). */
@Named
@ViewScoped
public class SimilarLessons implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int SHOWN = 3;

    @Inject
    LessonService lessons;

    private List<LessonCard> found = List.of();

    /** Ajax, while typing. */
    public void lookFor(String text) {
        List<LessonCard> similar = lessons.similar(text);
        found = similar.subList(0, Math.min(SHOWN, similar.size()));
    }

    public List<LessonCard> getFound() {
        return found;
    }
}
