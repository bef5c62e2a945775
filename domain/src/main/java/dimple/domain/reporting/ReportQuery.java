package dimple.domain.reporting;

import java.time.Instant;
import java.util.Set;

/**
 * A team inbox filter: reports of these teams, optionally of one status, kind and impact, submitted
 * in [from, to). A null field does not filter; the team set is never empty.
 */
public record ReportQuery(Set<String> teamIds, ReportStatus status, ReportKind kind, CustomerImpact impact, Instant from, Instant to) {
    public ReportQuery {
        teamIds = Set.copyOf(teamIds);
        if (teamIds.isEmpty()) {
            throw new IllegalArgumentException("an inbox needs at least one team");
        }
    }
}
