package dimple.application.recovery;

import dimple.domain.recovery.RecoveryCase;
import dimple.domain.recovery.RecoveryCaseRepository;
import dimple.domain.reporting.ReportSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A filed report opens a recovery case for each customer it names, in the filing transaction: the
 * report and its cases are stored together or not at all. A confidential report's cases open on the
 * day it was filed ({@code occurredAt}), so their default follow-up says no more than the report does.
 */
@ApplicationScoped
public class SubmittedReports {
    private RecoveryCaseRepository recoveries;

    protected SubmittedReports() {
    }

    @Inject
    public SubmittedReports(RecoveryCaseRepository recoveries) {
        this.recoveries = recoveries;
    }

    public void on(@Observes ReportSubmitted submitted) {
        for (ReportSubmitted.AffectedCustomer customer : submitted.affectedCustomers()) {
            recoveries.save(RecoveryCase.open(submitted.reportId(), submitted.teamId(), customer.customerRef(), customer.proactive(),
                    customer.note(), customer.thankBystanders(), customer.followUpDue(), submitted.occurredAt()));
        }
    }
}
