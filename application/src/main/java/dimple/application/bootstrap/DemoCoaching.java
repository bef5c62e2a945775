package dimple.application.bootstrap;

import dimple.application.coaching.ReportFact;
import dimple.application.coaching.ReportFacts;
import dimple.domain.coaching.AssessedReport;
import dimple.domain.coaching.Assessment;
import dimple.domain.coaching.AssessmentRepository;
import dimple.domain.coaching.Behaviour;
import dimple.domain.coaching.CoachingRecord;
import dimple.domain.coaching.CoachingRecordRepository;
import dimple.domain.coaching.Conversation;
import dimple.domain.coaching.FourTests;
import dimple.domain.coaching.Response;
import dimple.domain.identity.Account;
import dimple.domain.identity.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sample content of the accountability lane: an assessment in each team, each on a named report the
 * person filed themselves (never a confidential one), and coaching records in every state, one of them
 * following an assessment that called for coaching. Times are relative to now.
 */
@ApplicationScoped
public class DemoCoaching {
    private AssessmentRepository assessments;
    private CoachingRecordRepository records;
    private ReportFacts reports;

    protected DemoCoaching() {
    }

    @Inject
    public DemoCoaching(AssessmentRepository assessments, CoachingRecordRepository records, ReportFacts reports) {
        this.assessments = assessments;
        this.records = records;
        this.reports = reports;
    }

    void seed(Account emma, Account eli, Account lena, Account leo, Team frontDesk, Team onlineOrders, Instant now) {
        Optional<ReportFact> emmasReport = namedReportBy(emma, frontDesk);
        Optional<ReportFact> elisReport = namedReportBy(eli, onlineOrders);
        emmasReport.ifPresent(report -> assessments.save(Assessment.record(assessed(report), emma.id(), lena.id(), frontDesk.id(),
                "The guest was charged twice after the card terminal timed out and the payment was run again.",
                FourTests.answered(false, false, false, true), Behaviour.HUMAN_ERROR, Response.CONSOLE, null, now.minus(Duration.ofDays(2)))));
        Optional<Assessment> elisAssessment = elisReport.map(report -> Assessment.record(assessed(report), eli.id(), leo.id(), onlineOrders.id(),
                "The parcel was packed from the nightly export although the customer had changed the address in the app.",
                FourTests.answered(false, false, true, true), Behaviour.AT_RISK, Response.COACH, null, now.minus(Duration.ofDays(4))));
        elisAssessment.ifPresent(assessments::save);

        CoachingRecord draft = CoachingRecord.draft(lena.id(), emma.id(), frontDesk.id(), conversation(now, 1,
                "Card terminal time-outs", "Before running a payment again, check the terminal log for the first attempt.",
                "After a time-out the payment was run a second time; both went through.",
                "Check the log first; when unsure, call the shift lead before a second attempt.", 14), null, at(now, 1));
        records.save(draft);

        CoachingRecord shared = CoachingRecord.draft(lena.id(), emma.id(), frontDesk.id(), conversation(now, 3,
                "Passing on late check-out promises", "Promises made to guests reach the next shift in the handover book.",
                "A late check-out promised at night did not reach the morning shift.",
                "Write promises in the handover book; read it at the start of each shift.", 21), null, at(now, 3));
        shared.share(lena.id(), at(now, 3).plus(Duration.ofHours(2)));
        records.save(shared);

        CoachingRecord acknowledged = CoachingRecord.draft(lena.id(), emma.id(), frontDesk.id(), conversation(now, 20,
                "Testing key cards before handing them over", "Every key card is tested on the desk reader before it is handed over.",
                "A card encoded for the wrong room was caught by testing it; well done.",
                "Keep testing; show the new colleague how.", 30), null, at(now, 20));
        acknowledged.share(lena.id(), at(now, 20).plus(Duration.ofHours(1)));
        acknowledged.acknowledge(emma.id(), "Thanks. Testing the card is a habit now.", at(now, 19));
        records.save(acknowledged);

        CoachingRecord declined = CoachingRecord.draft(lena.id(), emma.id(), frontDesk.id(), conversation(now, 15,
                "Refunds without the original receipt", "Refunds are made against the original receipt, or approved by the shift lead.",
                "A cash refund was made without a receipt while the shift lead was on the phone.",
                "Ask the shift lead for approval, even by a quick message.", 30), null, at(now, 15));
        declined.share(lena.id(), at(now, 15).plus(Duration.ofHours(1)));
        declined.decline(emma.id(), "The guest was leaving for the airport and the shift lead could not be reached. I would do it again, "
                + "and I said so in my report.", at(now, 14));
        records.save(declined);

        CoachingRecord closed = CoachingRecord.draft(lena.id(), emma.id(), frontDesk.id(), conversation(now, 60,
                "Night-shift notes", "Night-shift notes go on the clipboard, not on loose paper.",
                "Notes were left under the newspaper delivery.", "Use the clipboard; clear the desk at 6:00.", 14), null, at(now, 60));
        closed.share(lena.id(), at(now, 60).plus(Duration.ofHours(1)));
        closed.acknowledge(emma.id(), null, at(now, 59));
        closed.close(lena.id(), at(now, 45));
        records.save(closed);

        Conversation addresses = conversation(now, 3, "Checking address changes before packing",
                "Before packing, the packing slip is compared with the address in the order system, not the nightly export.",
                "The parcel went to the old address: the nightly export was a day behind the app.",
                "Compare slip and order system for orders changed in the last day; raise the export delay with IT.", 14);
        CoachingRecord fromAssessment = elisAssessment
                .map(a -> CoachingRecord.draftFrom(a, leo.id(), addresses, null, at(now, 3)))
                .orElseGet(() -> CoachingRecord.draft(leo.id(), eli.id(), onlineOrders.id(), addresses, null, at(now, 3)));
        fromAssessment.share(leo.id(), at(now, 3).plus(Duration.ofHours(3)));
        records.save(fromAssessment);

        CoachingRecord closedAfterDecline = CoachingRecord.draft(leo.id(), eli.id(), onlineOrders.id(), conversation(now, 40,
                "Discount codes at checkout", "A discount code is applied once per order; the summary page shows every discount.",
                "Two welcome codes on one order went unnoticed until the margin check.",
                "Check the summary page on orders with codes until the checkout is fixed.", 14), null, at(now, 40));
        closedAfterDecline.share(leo.id(), at(now, 40).plus(Duration.ofHours(1)));
        closedAfterDecline.decline(eli.id(), "This is a checkout bug, not something I can see on every order.", at(now, 39));
        closedAfterDecline.close(leo.id(), at(now, 25));
        records.save(closedAfterDecline);
    }

    private Optional<ReportFact> namedReportBy(Account reporter, Team team) {
        List<ReportFact> named = reports.namedReportsOf(Set.of(team.id()), 50);
        return named.stream().filter(r -> reporter.id().equals(r.reporterAccountId()))
                .filter(r -> !r.submittedAt().isAfter(r.occurredAt().plus(AssessedReport.SELF_REPORT_WINDOW)))
                .findFirst();
    }

    private static AssessedReport assessed(ReportFact report) {
        return new AssessedReport(report.reportId(), report.number(), report.teamId(), report.confidential(), report.reporterAccountId(),
                report.occurredAt(), report.submittedAt());
    }

    private static Conversation conversation(Instant now, int daysAgo, String topic, String expectation, String observations,
                                             String actions, int followUpAfterDays) {
        LocalDate held = now.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(daysAgo);
        return new Conversation(held, topic, expectation, observations, actions, held.plusDays(followUpAfterDays), List.of());
    }

    private static Instant at(Instant now, int daysAgo) {
        return now.minus(Duration.ofDays(daysAgo));
    }
}
