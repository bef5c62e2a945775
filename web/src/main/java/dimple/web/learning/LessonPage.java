package dimple.web.learning;

import dimple.application.learning.LessonService;
import dimple.application.learning.LessonView;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * One lesson: the story, contributing factors, actions with their state, endorsements ("applies to my
 * team", "I applied this"), scenario cards, and for leaders of its team archive and supersede.
 * The newer lesson that supersedes it is picked by searching lesson titles ({@link LessonPicker}) and
 * shown by its title.
 */
@Named
@ViewScoped
public class LessonPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LessonService lessons;

    private String id;
    private LessonView lesson;
    private String newer;
    /** The title of the lesson that superseded this one, when there is one. */
    private String newerTitle;
    private final LessonPicker picker = new LessonPicker();

    /** f:viewAction */
    public void load() {
        lesson = lessons.find(id);
        if (lesson.supersededBy() != null) {
            newerTitle = picker.know(lessons, lesson.supersededBy());
        }
    }

    /** The superseding lesson's picker: current lessons matching the words, best match first, never this one. */
    public List<String> completeNewer(String text) {
        return picker.complete(lessons, text, Set.of(lesson.id()));
    }

    /** How a picked lesson is shown: by its title. */
    public String titleOf(String lessonId) {
        return picker.titleOf(lessonId);
    }

    public void endorse(String kind) {
        lesson = lessons.endorse(lesson.id(), kind);
        Messages.done(Words.text(Words.current(), "APPLIES_TO_MY_TEAM".equals(kind) ? "done.lessonApplies" : "done.lessonApplied"));
    }

    public String archive() {
        lessons.archive(lesson.id());
        Messages.done(Words.text(Words.current(), "done.lessonArchived"));
        return again();
    }

    public String supersede() {
        lessons.supersede(lesson.id(), idIn(newer));
        Messages.done(Words.text(Words.current(), "done.lessonSuperseded"));
        return again();
    }

    /** Takes the id out of a pasted link to the newer lesson ("...view.xhtml?id=...") or the id itself. */
    static String idIn(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        int at = t.lastIndexOf("id=");
        if (at >= 0) {
            t = t.substring(at + 3);
            int end = t.indexOf('&');
            t = end >= 0 ? t.substring(0, end) : t;
        }
        return t;
    }

    private String again() {
        return "/lesson/view?faces-redirect=true&id=" + lesson.id();
    }

    public LessonView getLesson() {
        return lesson;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNewerTitle() {
        return newerTitle;
    }

    public String getNewer() {
        return newer;
    }

    public void setNewer(String newer) {
        this.newer = newer;
    }
}
