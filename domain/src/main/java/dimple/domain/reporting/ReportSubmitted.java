package dimple.domain.reporting;

import dimple.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A report was filed, naming the customers it affected (the recovery context opens a case for each).
 * It never names the reporter; for a confidential report {@code occurredAt} is the day only.
 */
public record ReportSubmitted(String reportId, String teamId, List<AffectedCustomer> affectedCustomers, Instant occurredAt)
        implements DomainEvent {

    public ReportSubmitted {
        Objects.requireNonNull(reportId);
        Objects.requireNonNull(teamId);
        affectedCustomers = List.copyOf(affectedCustomers);
        Objects.requireNonNull(occurredAt);
    }

    /**
     * A customer the mistake reached, as the reporter named them: a reference (never personal data),
     * whether they were approached before they complained, a note, whether bystanders are to be thanked,
     * and when to follow up (null for the default).
     */
    public record AffectedCustomer(String customerRef, boolean proactive, String note, boolean thankBystanders, Instant followUpDue) {
        /** The longest customer reference and note a report may give (the recovery case keeps them). */
        public static final int MAX_CUSTOMER_REF = CustomerReference.MAX;
        public static final int MAX_NOTE = CustomerNote.MAX;
    }

    @Override
    public String aggregate() {
        return "report:" + reportId;
    }
}
