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

    /** Unsettled cases matching the query, the most urgent (earliest follow-up) first. */
    Page<RecoveryCase> due(RecoveryQuery query, PageRequest page);
}
