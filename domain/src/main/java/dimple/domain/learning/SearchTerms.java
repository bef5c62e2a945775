package dimple.domain.learning;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns text into search terms: case-folded, accents dropped, split on anything that is not a letter
 * or digit, common English words left out, and each word reduced to its stem with a small English
 * stemmer ("refunds", "refunded", "refunding" all become "refund"). Anything else in the text —
 * quotes, wildcards, percent signs, markup — only separates words; it never means anything.
 */
public final class SearchTerms {
    /** Longest term kept; longer words are cut (no real word is longer, and it bounds the index). */
    public static final int MAX_TERM = 40;

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his",
            "i", "if", "in", "into", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "she", "so", "that",
            "the", "their", "them", "then", "there", "they", "this", "to", "was", "we", "were", "what", "when", "which",
            "who", "will", "with", "you", "your");

    private SearchTerms() {
    }

    /** The distinct terms of a text, in order of first appearance. */
    public static List<String> of(String text) {
        return new ArrayList<>(counted(text).keySet());
    }

    /** Each term of a text with how often it occurs. */
    public static Map<String, Integer> counted(String text) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return terms;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (c == '\'' && word.length() > 0) {
                // "customer's" -> "customer": drop the possessive, keep the word
                while (i + 1 < folded.length() && Character.isLetter(folded.charAt(i + 1))) {
                    i++;
                }
                add(terms, word);
            } else {
                add(terms, word);
            }
        }
        return terms;
    }

    /** The terms of a query, at most {@code max}, longest words first (they say most). */
    public static List<String> query(String text, int max) {
        Set<String> all = new LinkedHashSet<>(of(text));
        return all.stream().sorted((a, b) -> Integer.compare(b.length(), a.length())).limit(max).toList();
    }

    /**
     * The text with each word whose term has a correction (term to indexed term) written as that
     * correction, everything else as typed. The correction keeps the word's ending when the word is its
     * term plus an ending ("refnuds" becomes "refunds") and it still comes down to the same term, and a
     * capital first letter; otherwise it is the indexed term itself. Searching the result finds the
     * corrected terms.
     */
    public static String corrected(String text, Map<String, String> corrections) {
        if (text == null || corrections.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int start = i;
            if (!Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                out.append(text, start, i);
                continue;
            }
            while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String word = text.substring(start, i);
            List<String> terms = of(word);
            String correction = terms.size() == 1 ? corrections.get(terms.get(0)) : null;
            out.append(correction == null ? word : writtenAs(word, terms.get(0), correction));
        }
        return out.toString();
    }

    private static String writtenAs(String word, String term, String correction) {
        String folded = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String written = correction;
        if (folded.startsWith(term) && folded.length() > term.length()) {
            String withEnding = correction + folded.substring(term.length());
            if (stem(withEnding).equals(correction)) {
                written = withEnding;
            }
        }
        return Character.isUpperCase(word.codePointAt(0)) ? written.substring(0, 1).toUpperCase(Locale.ROOT) + written.substring(1) : written;
    }

    private static void add(Map<String, Integer> terms, StringBuilder word) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        if (STOP_WORDS.contains(w)) {
            return;
        }
        String stem = stem(w);
        if (stem.length() > MAX_TERM) {
            stem = stem.substring(0, MAX_TERM);
        }
        terms.merge(stem, 1, Integer::sum);
    }

    /**
     * A small English stemmer for the endings that matter in search: plurals (-s, -es, -ies), -ing, -ed
     * and -ly. Short words and numbers are left alone. It is deliberately conservative: it prefers
     * leaving a word alone to merging two different words.
     */
    public static String stem(String word) {
        String w = word;
        if (w.length() <= 3 || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes") || w.endsWith("zes")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ingly") && w.length() > 7) {
            w = w.substring(0, w.length() - 5);
            w = undouble(w);
        } else if (w.endsWith("edly") && w.length() > 6) {
            w = undouble(w.substring(0, w.length() - 4));
        } else if (w.endsWith("ly") && w.length() > 5) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ing") && w.length() > 5 && hasVowel(w.substring(0, w.length() - 3))) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("eed")) {
            // agreed, freed: keep
            return w;
        } else if (w.endsWith("ied") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ed") && w.length() > 4 && hasVowel(w.substring(0, w.length() - 2))) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        // so that "charge", "charges", "charged" and "charging" meet: a final silent e is dropped
        if (w.endsWith("e") && w.length() > 4 && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0 && !isVowel(w.charAt(n - 1))) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (isVowel(w.charAt(i)) || (i > 0 && w.charAt(i) == 'y')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
