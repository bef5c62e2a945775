package dimple.domain.audit;

import java.time.LocalDate;
import java.util.List;

/** Confidential reporters' activity waiting for its day to end before it enters the audit trail. */
public interface ConfidentialActivityRepository {
    void append(ConfidentialActivity activity);

    /** Up to {@code max} waiting activities of days before this one. */
    List<ConfidentialActivity> before(LocalDate day, int max);

    /**
     * Takes an activity out of waiting. Returns true for exactly one caller, however many instances try
     * at the same time; only that caller writes its audit line.
     */
    boolean take(String id);
}
