package dimple.domain.recovery;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Where recovery cases are kept. */
public interface RecoveryCaseRepository {
    Optional<RecoveryCase> findById(String id);

    /** The cases of one report, in the order they were opened. */
    List<RecoveryCase> findByReport(String reportId);

    void save(RecoveryCase recovery);

    /** How many cases each of these reports has (affected customers); a report without cases is not in the map. */
    java.util.Map<String, Long> countByReports(java.util.Collection<String> reportIds);

    /** Unsettled cases matching the query, the most urgent (earliest follow-up) first. */
    Page<RecoveryCase> due(RecoveryQuery query, PageRequest page);
}
