package dimple.application.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * File a mistake report. Enumerations by name: {@code kind} (CUSTOMER_HARMED, NO_HARM, NEAR_MISS,
 * UNSAFE_CONDITION, GOOD_CATCH), {@code customerImpact} (NONE, MINOR, MAJOR, SEVERE),
 * {@code reporterMode} (NAMED, CONFIDENTIAL, ANONYMOUS); {@code team} by name.
 *
 * @param bentRule a rule bent for a customer, or null
 * @param affectedCustomers one recovery case is opened for each; may be null or empty
 * @param customFields the answers to the team's custom fields by field key, each as text (one value, or the choices
 *     picked of a multi-choice); may be null or empty
 */
public record SubmitReport(String title, String narrative, Instant occurredAt, String team, String kind, String customerImpact,
                           String reporterMode, BentRuleInput bentRule, List<AffectedCustomer> affectedCustomers,
                           Map<String, List<String>> customFields) {

    /** A report without answers to custom fields. */
    public SubmitReport(String title, String narrative, Instant occurredAt, String team, String kind, String customerImpact,
                        String reporterMode, BentRuleInput bentRule, List<AffectedCustomer> affectedCustomers) {
        this(title, narrative, occurredAt, team, kind, customerImpact, reporterMode, bentRule, affectedCustomers, null);
    }

    /** Which rule was bent, why, and what value it created. */
    public record BentRuleInput(String rule, String reason, String valueCreated) {
        public boolean isEmpty() {
            return isBlank(rule) && isBlank(reason) && isBlank(valueCreated);
        }
    }

    /**
     * A customer who felt the mistake, by a reference such as an order or ticket number (no personal data).
     *
     * @param proactive the customer never complained: we go to them
     * @param thankBystanders add the task "thank the people who waited"
     * @param followUpDue when to follow up; null for 48 hours after submission
     */
    public record AffectedCustomer(String customerRef, Boolean proactive, String note, Boolean thankBystanders, Instant followUpDue) {
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
