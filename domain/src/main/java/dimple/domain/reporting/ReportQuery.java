package dimple.domain.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A team inbox filter: reports of these teams, optionally of one status, kind and impact, submitted
 * in [from, to), and whose title or narrative contains every one of {@code words} (case-insensitive,
 * as written, a word may be part of a longer word). A null or empty field does not filter; the team
 * set is never empty.
 */
public record ReportQuery(Set<String> teamIds, ReportStatus status, ReportKind kind, CustomerImpact impact, Instant from, Instant to,
        List<String> words) {
    /** At most this many words count; more would only make the query longer, not the answer better. */
    public static final int MAX_WORDS = 8;

    public ReportQuery {
        teamIds = Set.copyOf(teamIds);
        if (teamIds.isEmpty()) {
            throw new IllegalArgumentException("an inbox needs at least one team");
        }
        words = words == null ? List.of() : words.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty())
                .distinct().limit(MAX_WORDS).toList();
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

    /** Whether this title and narrative contain every word. */
    public boolean wordsMatch(String title, String narrative) {
        String text = (title + "\n" + narrative).toLowerCase(Locale.ROOT);
        return words.stream().allMatch(text::contains);
    }
}
