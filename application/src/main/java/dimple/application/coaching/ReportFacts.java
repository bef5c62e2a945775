package dimple.application.coaching;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port: the only way the accountability lane learns about reports. Implemented in infrastructure over
 * the reporting tables, reading the few columns of {@link ReportFact} (never a narrative); the lane never
 * holds a report entity.
 */
public interface ReportFacts {
    /** The facts of this report, or empty when there is none. */
    Optional<ReportFact> find(String reportId);

    /** Named reports of these teams, newest first, at most {@code limit}: the reports a leader may assess. */
    List<ReportFact> namedReportsOf(Collection<String> teamIds, int limit);
}
