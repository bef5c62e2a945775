package dimple.domain.reporting;

import dimple.domain.shared.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one vocabulary of blaming and hindsight words, each with a neutral suggestion. A report form
 * shows the hints while a person types and the API returns them with a report; they never stop
 * anybody from submitting.
 *
 * <p>Matching is whole-word and case-insensitive: "Careless" matches, "carelessly" only if listed,
 * "default" never matches "fault". Words of a phrase may be separated by any whitespace, and a
 * straight or typographic apostrophe matches either. To extend the vocabulary, add a line to
 * {@link #VOCABULARY}: a lower-case phrase and the code of its suggestion (and the words to messages.properties). Phrases do not overlap ("should have"
 * already covers "should have known"), so one slip of the tongue gives one hint.
 */
public final class BlameLanguage {
    private static final String HINDSIGHT = "hint.hindsight";
    private static final String OBVIOUS = "hint.obvious";
    private static final String JUDGEMENT = "hint.judgement";
    private static final String CONDITIONS = "hint.conditions";
    private static final String ACCOUNTABILITY = "hint.accountability";
    private static final String ATTENTION = "hint.attention";
    private static final String CAUSES = "hint.causes";

    /**
     * Phrase (lower case) to the code of its neutral suggestion (the words are in the web tier's bundle,
     * ADR 20), in the order they are listed on screen when found at the same place.
     */
    private static final Map<String, String> VOCABULARY = vocabulary(
            "careless", CONDITIONS,
            "carelessly", CONDITIONS,
            "carelessness", CONDITIONS,
            "sloppy", CONDITIONS,
            "should have", HINDSIGHT,
            "should've", HINDSIGHT,
            "should not have", HINDSIGHT,
            "shouldn't have", HINDSIGHT,
            "ought to have", HINDSIGHT,
            "should know better", HINDSIGHT,
            "common sense", HINDSIGHT,
            "failed to", "hint.failedTo",
            "obviously", OBVIOUS,
            "obvious", OBVIOUS,
            "human error", "hint.humanError",
            "stupid", JUDGEMENT,
            "idiot", JUDGEMENT,
            "dumb", JUDGEMENT,
            "lazy", "hint.lazy",
            "incompetent", "hint.incompetent",
            "negligent", ACCOUNTABILITY,
            "negligence", ACCOUNTABILITY,
            "reckless", ACCOUNTABILITY,
            "no excuse", "hint.noExcuse",
            "fault", CAUSES,
            "blame", CAUSES,
            "didn't bother", "hint.didNotBother",
            "did not bother", "hint.didNotBother",
            "not paying attention", ATTENTION,
            "inattentive", ATTENTION,
            "just had to", "hint.just",
            "simply had to", "hint.simply");

    private static final List<Entry> ENTRIES = VOCABULARY.entrySet().stream()
            .map(e -> new Entry(e.getKey(), e.getValue(), compile(e.getKey())))
            .toList();

    private record Entry(String phrase, String suggestion, Pattern pattern) {
    }

    private BlameLanguage() {
    }

    /** Every listed phrase found in the text, once each, in the order they first appear; empty for a blank text. */
    public static List<Hint> hintsFor(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        record Found(int at, int order, Hint hint) {
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < ENTRIES.size(); i++) {
            Entry entry = ENTRIES.get(i);
            Matcher matcher = entry.pattern().matcher(text);
            if (matcher.find()) {
                found.add(new Found(matcher.start(), i, new Hint(entry.phrase(), Message.of(entry.suggestion()))));
            }
        }
        found.sort(Comparator.comparingInt(Found::at).thenComparingInt(Found::order));
        return found.stream().map(Found::hint).toList();
    }

    /** The whole vocabulary, phrase to the code of its suggestion. */
    public static Map<String, String> vocabulary() {
        return VOCABULARY;
    }

    private static Pattern compile(String phrase) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}_'’])");
        String[] words = phrase.strip().split("\\s+");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                regex.append("\\s+");
            }
            String[] parts = words[w].split("'", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    regex.append("['’]");
                }
                regex.append(Pattern.quote(parts[p]));
            }
        }
        regex.append("(?![\\p{L}\\p{N}_]|['’]\\p{L})");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Map<String, String> vocabulary(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String phrase = pairs[i].strip().toLowerCase(Locale.ROOT);
            if (map.put(phrase, pairs[i + 1]) != null) {
                throw new IllegalStateException("The phrase \"" + phrase + "\" is listed twice");
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
