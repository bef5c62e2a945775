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
 * following an assessment that called for coaching. Every record is about a named report of the person
 * or about no report at all: none retells a confidential demo report. Times are relative to now.
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

        // Every record is about a named matter (a named report of the person, or no report at all), never the story of a
        // confidential report: a coaching record names the person, so one that retold a confidential report would name its reporter.
        // DemoCoachingTest checks that no record shares a distinctive word with a confidential demo report.
        CoachingRecord draft = CoachingRecord.draft(lena.id(), emma.id(), frontDesk.id(), conversation(now, 1,
                "Card terminal time-outs", "Before running a payment again, check the terminal log for the first attempt.",
                "After a time-out the payment was run a second time; both went through.",
                "Check the log first; when unsure, call the shift lead before a second attempt.", 14), null, at(now, 1));
        records.save(draft);

        CoachingRecord shared = CoachingRecord.draft(lena.id(), emma.id(), frontDesk.id(), conversation(now, 2,
                "Telling a guest about a double charge", "When a payment may have gone through twice, the guest hears it from us at the desk.",
                "The guest saw the second charge in their banking app before anyone at the desk had looked.",
                "After any time-out, look at the payment list together with the guest before they leave.", 21), null, at(now, 2));
        shared.share(lena.id(), at(now, 2).plus(Duration.ofHours(2)));
        records.save(shared);

        CoachingRecord acknowledged = CoachingRecord.draft(lena.id(), emma.id(), frontDesk.id(), conversation(now, 20,
                "Morning check of the arrivals list", "Whoever opens the desk compares the arrivals list with the bookings of every channel.",
                "The check was done every morning this month, busy days included; well done.",
                "Keep it up; walk the new colleague through it.", 30), null, at(now, 20));
        acknowledged.share(lena.id(), at(now, 20).plus(Duration.ofHours(1)));
        acknowledged.acknowledge(emma.id(), "Thanks. It takes five minutes with a coffee.", at(now, 19));
        records.save(acknowledged);

        CoachingRecord declined = CoachingRecord.draft(lena.id(), emma.id(), frontDesk.id(), conversation(now, 6,
                "Wet-floor sign on rainy mornings", "When it rains, the wet-floor sign stands at the entrance from opening time on.",
                "On a rainy morning the entrance mat was soaked and the sign was still in the storeroom.",
                "Take the storeroom key at the start of every shift.", 14), null, at(now, 6));
        declined.share(lena.id(), at(now, 6).plus(Duration.ofHours(1)));
        declined.decline(emma.id(), "Nobody on shift had the storeroom key, me included: the key is the problem, not the sign. "
                + "I said so in my report.", at(now, 5));
        records.save(declined);

        CoachingRecord closed = CoachingRecord.draft(lena.id(), emma.id(), frontDesk.id(), conversation(now, 60,
                "Counting the till before opening", "The till is counted and signed before the desk opens at 6:30.",
                "Twice last month the count was still going on when the first guests came down.",
                "Start the count at 6:00; ask a colleague to help when the float is short.", 14), null, at(now, 60));
        closed.share(lena.id(), at(now, 60).plus(Duration.ofHours(1)));
        closed.acknowledge(emma.id(), null, at(now, 59));
        closed.close(lena.id(), at(now, 45));
        records.save(closed);

        Conversation addresses = conversation(now, 3, "Checking address changes before packing",
                "Before packing, the packing slip is compared with the address in the order system, not the nightly export.",
                "The parcel went to the old address: the nightly export did not have the change yet.",
                "Compare slip and order system for orders changed in the last day; raise the export delay with IT.", 14);
        CoachingRecord fromAssessment = elisAssessment
                .map(a -> CoachingRecord.draftFrom(a, leo.id(), addresses, null, at(now, 3)))
                .orElseGet(() -> CoachingRecord.draft(leo.id(), eli.id(), onlineOrders.id(), addresses, null, at(now, 3)));
        fromAssessment.share(leo.id(), at(now, 3).plus(Duration.ofHours(3)));
        records.save(fromAssessment);

        CoachingRecord closedAfterDecline = CoachingRecord.draft(leo.id(), eli.id(), onlineOrders.id(), conversation(now, 4,
                "Asking before a reroute", "Until the rule changes, a reroute after dispatch is agreed with the desk lead first.",
                "The second parcel was rerouted with the carrier without asking anyone.",
                "Ask the desk lead before a reroute; the rule is being changed to allow it while the carrier still can.", 14), null,
                at(now, 4));
        closedAfterDecline.share(leo.id(), at(now, 4).plus(Duration.ofHours(1)));
        closedAfterDecline.decline(eli.id(), "The carrier's cut-off was minutes away and the desk lead was in a meeting. "
                + "Rerouting was what the customer needed.", at(now, 3));
        closedAfterDecline.close(leo.id(), at(now, 2));
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
