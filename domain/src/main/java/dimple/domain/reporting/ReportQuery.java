package dimple.domain.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A team inbox filter: reports of these teams, optionally of one status, kind and impact, submitted
 * in [from, to), and whose title or narrative contains every one of {@code words} (case-insensitive,
 * as written, a word may be part of a longer word), and, when {@code customFieldId} is given, whose answer to that
 * custom field is exactly {@code customValue} (as stored, {@link CustomField#valueFrom}). A null or empty field does not
 * filter; the team set is never empty.
 */
public record ReportQuery(Set<String> teamIds, ReportStatus status, ReportKind kind, CustomerImpact impact, Instant from, Instant to,
        List<String> words, String customFieldId, String customValue) {
    /** At most this many words count; more would only make the query longer, not the answer better. */
    public static final int MAX_WORDS = 8;

    public ReportQuery {
        teamIds = Set.copyOf(teamIds);
        if (teamIds.isEmpty()) {
            throw new IllegalArgumentException("an inbox needs at least one team");
        }
        words = words == null ? List.of() : words.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty())
                .distinct().limit(MAX_WORDS).toList();
        if ((customFieldId == null) != (customValue == null)) {
            throw new IllegalArgumentException("a custom field is filtered by a value");
        }
    }

    public ReportQuery(Set<String> teamIds, ReportStatus status, ReportKind kind, CustomerImpact impact, Instant from, Instant to,
                       List<String> words) {
        this(teamIds, status, kind, impact, from, to, words, null, null);
    }

    public ReportQuery(Set<String> teamIds, ReportStatus status, ReportKind kind, CustomerImpact impact, Instant from, Instant to) {
        this(teamIds, status, kind, impact, from, to, List.of());
    }

    /** The words of a typed search: split at white space. */
    public static List<String> wordsOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return List.of(typed.strip().split("\\s+"));
    }

    /** Whether a report with these answers (by field id) matches the custom field filter, if any. */
    public boolean customValueMatches(Map<String, String> answers) {
        return customFieldId == null || customValue.equals(answers.get(customFieldId));
    }

    /** Whether this title and narrative contain every word. */
    public boolean wordsMatch(String title, String narrative) {
        String text = (title + "\n" + narrative).toLowerCase(Locale.ROOT);
        return words.stream().allMatch(text::contains);
    }
}
