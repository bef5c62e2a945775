package dimple.domain.learning;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port: full-text search over lessons (title, takeaway, tags and body), best match first. The embedded
 * adapter keeps its own inverted index; a production database's full-text engine can replace it.
 * Query text is always just text: no operators, no wildcards.
 */
public interface LessonSearch {
    /** Makes the lesson findable, or refreshes it after a change; a retired (archived, superseded) lesson is no longer found. */
    void index(Lesson lesson);

    /** Current lessons matching the text and the board's filters (its order is ignored), best match first. */
    Page<Lesson> search(String text, LessonQuery filter, PageRequest page);

    /** Up to {@code max} current lessons like the given text (e.g. a narrative being typed), most alike first. */
    List<Lesson> similar(String text, int max);

    /**
     * For each of the terms (as {@link SearchTerms} makes them) that no current lesson holds, the term
     * of a current lesson it is most likely a typo of, as {@link Typos} decides; terms that are found,
     * and those with nothing close enough, are left out (an empty map: nothing to correct). A database
     * may find its candidates its own way (e.g. trigrams), but never from retired lessons.
     */
    Map<String, String> corrections(Collection<String> terms);
}
