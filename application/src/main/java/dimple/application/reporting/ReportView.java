package dimple.application.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A report as its reporter or a leader of its team sees it (API.md "Report"). {@code reporter} (the
 * username) and {@code reporterName} are null, and left out of API answers, unless the report is
 * NAMED or the viewer is the reporter.
 *
 * <p>For a confidential report every time the reporter caused ({@code submittedAt}, answers, withdrawal, the
 * reporter's recovery steps) is the start of its day, UTC: only the day is kept (docs/adr/0007).
 *
 * @param yours the viewer filed this report
 * @param version changes with every change of the report; the API sends it as the ETag
 * @param warnings what the reporter should know about what they just filed (only in the answer to filing it)
 * @param customFields the answers to the team's custom fields, in the fields' order, removed fields' last
 * @param receiptCode an anonymous report's receipt code, only in the answer to filing it (it is never stored), else null
 */
public record ReportView(String id, String number, Instant submittedAt, String status, String title, String narrative,
                         Instant occurredAt, String team, String kind, String customerImpact, String reporterMode, String reporter,
                         String reporterName, List<RecoveryView> recoveries, BentRuleView bentRule, List<QuestionView> questions,
                         List<HintView> hints, boolean yours, long version, List<WarningView> warnings,
                         List<CustomValueView> customFields, String receiptCode) implements java.io.Serializable {

    public record BentRuleView(String rule, String reason, String valueCreated) implements java.io.Serializable {
    }

    public boolean confidential() {
        return "CONFIDENTIAL".equals(reporterMode);
    }

    public boolean anonymous() {
        return "ANONYMOUS".equals(reporterMode);
    }

    /** Only the reporter, and only before triage. */
    public boolean withdrawable() {
        return yours && "SUBMITTED".equals(status);
    }
}
