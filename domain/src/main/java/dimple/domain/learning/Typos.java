package dimple.domain.learning;

import java.util.Optional;

/**
 * When a search term that no lesson holds is taken for a typo of one that lessons do hold: the edit
 * distance (a letter added, dropped or changed, or two neighbours swapped, each one edit) is at most
 * {@value #SHORT_EDITS} for terms of {@value #SHORTEST} or {@value #SHORT_UP_TO} letters and at most
 * {@value #LONG_EDITS} for longer ones; terms under {@value #SHORTEST} letters and terms that start with a
 * digit (numbers, codes) are never corrected. The closest indexed term wins, and of equally close ones the
 * one in more lessons, then the first alphabetically, so the same typo always gets the same correction.
 */
public final class Typos {
    public static final int SHORTEST = 4;
    public static final int SHORT_UP_TO = 5;
    public static final int SHORT_EDITS = 1;
    public static final int LONG_EDITS = 2;

    private Typos() {
    }

    /** How many edits a term may be away from its correction: 0 when it is never corrected. */
    public static int allowedEdits(String term) {
        if (term == null || term.length() < SHORTEST || !Character.isLetter(term.charAt(0))) {
            return 0;
        }
        return term.length() <= SHORT_UP_TO ? SHORT_EDITS : LONG_EDITS;
    }

    /** An indexed term and the number of lessons it is in. */
    public record Known(String term, long lessons) {
    }

    /**
     * The closest of the known terms within {@link #allowedEdits} of the term, or empty when none is
     * (or the term itself is known: a term found is never corrected).
     */
    public static Optional<String> closest(String term, Iterable<Known> vocabulary) {
        int allowed = allowedEdits(term);
        if (allowed == 0) {
            return Optional.empty();
        }
        Known best = null;
        int bestDistance = allowed + 1;
        for (Known known : vocabulary) {
            if (known.term().equals(term)) {
                return Optional.empty();
            }
            int d = distance(term, known.term(), allowed);
            if (d > allowed) {
                continue;
            }
            if (best == null || d < bestDistance || d == bestDistance && (known.lessons() > best.lessons()
                    || known.lessons() == best.lessons() && known.term().compareTo(best.term()) < 0)) {
                best = known;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best).map(Known::term);
    }

    /**
     * The edit distance between two terms, counting a swap of two neighbouring letters as one edit
     * (optimal string alignment), or {@code max + 1} as soon as it is certain to exceed {@code max}.
     */
    public static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int n = a.length();
        int m = b.length();
        int[] twoBack = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, twoBack[j - 2] + 1);
                }
                current[j] = d;
                rowBest = Math.min(rowBest, d);
            }
            if (rowBest > max) {
                return max + 1;
            }
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[m], max + 1);
    }
}
