package dimple.application.recovery;

import dimple.application.reporting.RecoveryView;
import dimple.domain.recovery.RecoveryCase;
import dimple.domain.reporting.MistakeReport;
import java.time.Instant;

/** Turns recovery cases into views, for the recovery use cases and for the reports that show their cases. */
public final class RecoveryViews {
    private RecoveryViews() {
    }

    public static RecoveryView of(RecoveryCase c, MistakeReport report, String teamName, Instant now) {
        RecoveryView.ApologyView apology = c.apologisedAt() == null ? null
                : new RecoveryView.ApologyView(c.apologisedAt(), c.apologyChannel() == null ? null : c.apologyChannel().name(), c.apologyBy());
        RecoveryView.RemedyView remedy = c.remedy().map(r -> new RecoveryView.RemedyView(r.type().name(),
                r.hasCost() ? new RecoveryView.CostView(r.amount(), r.currency()) : null, c.remedyDeliveredAt())).orElse(null);
        return new RecoveryView(c.id(), c.reportId(), report == null ? null : report.number(), report == null ? null : report.title(),
                teamName, c.customerRef(), c.proactive(), c.note(), c.status().name(), c.followUpDue(), c.isOverdueAt(now),
                c.isDueSoonAt(now), apology, remedy, c.followedUpAt(), c.outcome() == null ? null : c.outcome().name(), c.closedAt(),
                c.thankBystanders(), c.bystandersThankedAt(),
                c.steps().stream().map(s -> new RecoveryView.StepView(s.step().name(), s.at(), s.note(),
                        s.letterChannel() == null ? null : s.letterChannel().name(), s.letterTemplate())).toList(), c.version(),
                report != null && report.isConfidential());
    }
}
