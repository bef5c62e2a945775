package dimple.domain.learning;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;

/**
 * Search that forgives typos, over any {@link LessonSearch}: what was typed is searched first; only when
 * that finds nothing is each word no current lesson holds corrected to the closest term one does
 * ({@link LessonSearch#corrections}, {@link Typos}) and the corrected text searched, with the same filters.
 * A correction that finds nothing too is dropped: the person sees "nothing found" for what they typed.
 * Correct words are never changed, so a search that finds something is never corrected.
 */
public final class ForgivingSearch {
    /** The words of a search looked at for typos: as many as a search reads (its longest). */
    public static final int QUERY_TERMS = 12;
    /** The words of a narrative looked at for typos when looking for similar lessons. */
    public static final int SIMILAR_TERMS = 20;

    private ForgivingSearch() {
    }

    /** The lessons found and, when they were found for corrected text, that text (else null). */
    public record Found(Page<Lesson> lessons, String correctedQuery) {
    }

    /** The search as typed, or when it finds nothing and {@code exact} is false, the search with its typos corrected. */
    public static Found search(LessonSearch search, String text, LessonQuery filter, PageRequest page, boolean exact) {
        Page<Lesson> found = search.search(text, filter, page);
        if (found.total() > 0 || exact) {
            return new Found(found, null);
        }
        String corrected = corrected(search, text, QUERY_TERMS);
        if (corrected != null) {
            Page<Lesson> retried = search.search(corrected, filter, page);
            if (retried.total() > 0) {
                return new Found(retried, corrected);
            }
        }
        return new Found(found, null);
    }

    /** Lessons like the text, or when there are none, like the text with its typos corrected. */
    public static List<Lesson> similar(LessonSearch search, String text, int max) {
        List<Lesson> found = search.similar(text, max);
        if (!found.isEmpty()) {
            return found;
        }
        String corrected = corrected(search, text, SIMILAR_TERMS);
        return corrected == null ? found : search.similar(corrected, max);
    }

    /** The text with its typos corrected, or null when no word of it needs and has a correction. */
    static String corrected(LessonSearch search, String text, int terms) {
        Map<String, String> corrections = search.corrections(SearchTerms.query(text, terms));
        return corrections.isEmpty() ? null : SearchTerms.corrected(text, corrections);
    }
}
