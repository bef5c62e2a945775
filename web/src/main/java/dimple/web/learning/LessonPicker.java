package dimple.web.learning;

import dimple.application.learning.BoardFilter;
import dimple.application.learning.LessonCard;
import dimple.application.learning.LessonService;
import dimple.application.shared.RecordNotFound;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lessons picked by searching their titles (the board's search over current lessons, which everyone signed
 * in reads) and shown by their titles, never by ids: the lesson page's "superseded by" and a coaching
 * record's lessons worth reading. Remembers the titles it has shown, so a picked lesson keeps its words.
 */
public final class LessonPicker implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How many lessons a picker suggests. */
    static final int SUGGESTIONS = 8;

    private final Map<String, String> titles = new HashMap<>();

    /** Current lessons matching the words, best match first, leaving out the ones given (the lesson itself, those picked). */
    public List<String> complete(LessonService lessons, String text, Collection<String> leaveOut) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<LessonCard> found = lessons.board(new BoardFilter(text.strip(), null, null, null, null, null, null, false), 0, SUGGESTIONS).items();
        found.forEach(card -> titles.put(card.id(), card.title()));
        return found.stream().map(LessonCard::id).filter(id -> !leaveOut.contains(id)).toList();
    }

    /** The title of a lesson already chosen (a draft opened again), looked up once; a lesson gone from view keeps its id. */
    public String know(LessonService lessons, String lessonId) {
        return titles.computeIfAbsent(lessonId, id -> {
            try {
                return lessons.find(id).title();
            } catch (RecordNotFound gone) {
                return id;
            }
        });
    }

    /** How a picked lesson is shown: by its title. */
    public String titleOf(String lessonId) {
        return lessonId == null ? null : titles.getOrDefault(lessonId, lessonId);
    }
}
