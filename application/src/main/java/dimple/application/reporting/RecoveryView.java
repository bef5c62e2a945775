package dimple.application.reporting;

import java.time.Instant;
import java.util.List;

/**
 * One recovery case as the reporter and the team's leaders see it. It never names who recorded a
 * step; {@code apology.by} is whatever the recorder chose to write there.
 *
 * @param overdue the follow-up date has passed and the customer has not been followed up
 * @param dueSoon not overdue, but the follow-up falls within the next 48 hours
 * @param confidentialReport the case belongs to a confidential report: the times its reporter caused are kept to the day
 */
public record RecoveryView(String id, String reportId, String reportNumber, String reportTitle, String team, String customerRef,
                           boolean proactive, String note, String status, Instant followUpDue, boolean overdue, boolean dueSoon,
                           ApologyView apology, RemedyView remedy, Instant followedUpAt, String outcome, Instant closedAt,
                           boolean thankBystanders, Instant bystandersThankedAt, List<StepView> steps, long version,
                           boolean confidentialReport) implements java.io.Serializable {

    /** When, through which channel and by whom the customer received the apology. */
    public record ApologyView(Instant at, String channel, String by) implements java.io.Serializable {
    }

    /** What was given and what it cost ({@code cost} is absent when nothing was spent). */
    public record RemedyView(String type, CostView cost, Instant deliveredAt) implements java.io.Serializable {
    }

    public record CostView(java.math.BigDecimal amount, String currency) implements java.io.Serializable {
    }

    public record StepView(String step, Instant at, String note, String channel, String template) implements java.io.Serializable {
    }

    /** The step that may be recorded next in the natural order, for forms; null when the case is closed. */
    public String nextStep() {
        return switch (status) {
            case "OPEN" -> "CONTACTED";
            case "CONTACTED" -> "REMEDY_DELIVERED";
            case "REMEDY_DELIVERED" -> "FOLLOWED_UP";
            case "FOLLOWED_UP" -> "CLOSED";
            default -> null;
        };
    }
}
