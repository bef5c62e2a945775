package dimple.domain.reporting;

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
 * {@link #VOCABULARY}: a lower-case phrase and its suggestion. Phrases do not overlap ("should have"
 * already covers "should have known"), so one slip of the tongue gives one hint.
 */
public final class BlameLanguage {
    private static final String HINDSIGHT = "That is hindsight. Describe what the person knew and saw at that moment, "
            + "and what made their choice look right then.";
    private static final String OBVIOUS = "What is obvious afterwards was often not obvious then. Describe what could be seen at the time.";
    private static final String JUDGEMENT = "Describe the action and its circumstances without judging the person.";
    private static final String CONDITIONS = "Describe what made the slip easy to make: workload, interruptions, the tools, the layout.";
    private static final String ACCOUNTABILITY = "Judging behaviour has its own, separate process. Here, describe what happened and what contributed.";
    private static final String ATTENTION = "Describe what was drawing attention elsewhere at that moment.";
    private static final String CAUSES = "Describe what happened and what contributed to it: the review looks for causes, not culprits.";

    /** Phrase (lower case) to neutral suggestion, in the order they are listed on screen when found at the same place. */
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
            "failed to", "Say what happened instead (\"the refund was not issued\") and what was in the way.",
            "obviously", OBVIOUS,
            "obvious", OBVIOUS,
            "human error", "Name the conditions that made the error possible: tools, process, time pressure, handovers.",
            "stupid", JUDGEMENT,
            "idiot", JUDGEMENT,
            "dumb", JUDGEMENT,
            "lazy", "Describe what competed for the person's time and attention.",
            "incompetent", "Describe which knowledge or practice was missing, and why it was missing.",
            "negligent", ACCOUNTABILITY,
            "negligence", ACCOUNTABILITY,
            "reckless", ACCOUNTABILITY,
            "no excuse", "Describe the circumstances: they explain, they do not excuse.",
            "fault", CAUSES,
            "blame", CAUSES,
            "didn't bother", "Describe what the person did, and what made the step they skipped seem unnecessary then.",
            "did not bother", "Describe what the person did, and what made the step they skipped seem unnecessary then.",
            "not paying attention", ATTENTION,
            "inattentive", ATTENTION,
            "just had to", "\"Just\" makes a task sound trivial in hindsight. Describe the steps as they were at the time.",
            "simply had to", "\"Simply\" makes a task sound trivial in hindsight. Describe the steps as they were at the time.");

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
                found.add(new Found(matcher.start(), i, new Hint(entry.phrase(), entry.suggestion())));
            }
        }
        found.sort(Comparator.comparingInt(Found::at).thenComparingInt(Found::order));
        return found.stream().map(Found::hint).toList();
    }

    /** The whole vocabulary, phrase to suggestion. */
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
