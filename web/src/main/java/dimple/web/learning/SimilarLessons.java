package dimple.web.learning;

import dimple.application.learning.LessonCard;
import dimple.application.learning.LessonService;
import dimple.web.reporting.ReportForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the learning side adds to the report form while its title and narrative are typed: up to three
 * published lessons like it ("this has happened before"). The form's wording hints are worked out in the
 * same Ajax request, so the two never race each other; neither ever blocks the submission.
 */
@Named
@ViewScoped
public class SimilarLessons implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SimilarLessons.class.getName());
    /** Fewer words than this say too little to look for similar lessons with. */
    static final int WORDS_BEFORE_SIMILAR = 3;
    /** How many similar lessons the form shows at most. */
    static final int SIMILAR_SHOWN = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Inject
    ReportForm form;

    @Inject
    LessonService lessons;

    private List<LessonCard> found = List.of();

    /** Ajax, while the title or the narrative is typed: lessons like the title and narrative together, and the form's wording hints. */
    public void checkWhatIsTyped() {
        found = similarTo(form.getTitle(), form.getNarrative());
        form.checkWhatIsTyped();
    }

    /** Up to {@value #SIMILAR_SHOWN} lessons like the text; none for a few words, and none (only a log line) if looking fails. */
    List<LessonCard> similarTo(String typedTitle, String typedNarrative) {
        String text = (typedTitle == null ? "" : typedTitle) + "\n" + (typedNarrative == null ? "" : typedNarrative);
        if (!worthLookingFor(text)) {
            return List.of();
        }
        try {
            List<LessonCard> similar = lessons.similar(text);
            return List.copyOf(similar.subList(0, Math.min(SIMILAR_SHOWN, similar.size())));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Similar lessons could not be looked up; the report form goes on without them", e);
            return List.of();
        }
    }

    /** Whether the text has words enough (at least {@value #WORDS_BEFORE_SIMILAR}) to look for similar lessons with. */
    static boolean worthLookingFor(String text) {
        if (text == null) {
            return false;
        }
        Matcher words = WORD.matcher(text);
        int count = 0;
        while (count < WORDS_BEFORE_SIMILAR && words.find()) {
            count++;
        }
        return count >= WORDS_BEFORE_SIMILAR;
    }

    public List<LessonCard> getLessons() {
        return found;
    }
}
