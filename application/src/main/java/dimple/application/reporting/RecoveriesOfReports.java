package dimple.application.reporting;

import dimple.domain.reporting.MistakeReport;
import java.time.Instant;
import java.util.List;

/**
 * The recovery cases of a report, as its page shows them; the recovery context answers (reporting never
 * reads a recovery case itself, so the recovery context may depend on reporting and not the other way round).
 */
public interface RecoveriesOfReports {
    List<RecoveryView> of(MistakeReport report, String teamName, Instant now);

    /** How many customers each of these reports affected (its recovery cases); a report with none is not in the map. */
    java.util.Map<String, Long> affectedCustomers(java.util.Collection<String> reportIds);
}
