package dimple.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a report tells other contexts: what they need to react, and never who filed a confidential report. */
class MistakeReportEventsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final Instant DAY = Instant.parse("2026-11-23T00:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(2));
    private static final String TEAM = "team-front-desk";

    private final Account emma = person("emma", null);
    private final Account lena = person("lena", TEAM);

    private static Account person(String username, String leads) {
        Account account = Account.open(username, username, "hash", Set.of(leads == null ? Role.EMPLOYEE : Role.LEADER), NOW);
        account.assignTeams(Set.of(TEAM), leads == null ? Set.of() : Set.of(leads));
        return account;
    }

    private MistakeReport report(String number, ReporterMode mode, List<ReportSubmitted.AffectedCustomer> customers) {
        return MistakeReport.submit(number, NOW, new MistakeReport.Reporter(emma.id(), TEAM, mode), "Key card for the wrong room",
                "The card opened 214 instead of 241.", NOW.minusSeconds(600), ReportKind.NEAR_MISS, CustomerImpact.MINOR, null, customers);
    }

    @Test
    void submitting_tellsTheAffectedCustomers_butNotTheReporter() {
        ReportSubmitted.AffectedCustomer guest = new ReportSubmitted.AffectedCustomer("Booking 4711", true, "Moved to 241", false, null);

        MistakeReport report = report("R-2026-000001", ReporterMode.NAMED, List.of(guest));

        assertThat(report.takeEvents()).containsExactly(new ReportSubmitted(report.id(), TEAM, List.of(guest), NOW));
        assertThat(report.takeEvents()).as("taking them empties the list").isEmpty();
    }

    @Test
    void aConfidentialReport_tellsOnlyTheDayItWasFiled_andNeverItsReporter() {
        MistakeReport report = report("C-2026-AAAA-BBBB", ReporterMode.CONFIDENTIAL, List.of());

        ReportSubmitted submitted = (ReportSubmitted) report.takeEvents().get(0);

        assertThat(submitted.occurredAt()).isEqualTo(DAY);
        assertThat(submitted.toString()).doesNotContain(emma.id()).doesNotContain("emma");
        assertThat(submitted.aggregate()).isEqualTo("report:" + report.id());
    }

    @Test
    void triage_tellsTheOutcome_theNote_theReviewAndWhomToTell() {
        MistakeReport noted = report("R-2026-000001", ReporterMode.NAMED, List.of());
        MistakeReport reviewed = report("R-2026-000002", ReporterMode.NAMED, List.of());
        MistakeReport duplicate = report("R-2026-000003", ReporterMode.CONFIDENTIAL, List.of());
        List.of(noted, reviewed, duplicate).forEach(MistakeReport::takeEvents);

        noted.triageAsNoted(lena, "Thanks", LATER);
        reviewed.startReview(lena, "review-1", null, LATER);
        duplicate.markDuplicateOf(lena, noted, false, null, LATER);

        assertThat(noted.takeEvents()).containsExactly(new ReportTriaged(noted.id(), TEAM, "R-2026-000001", "Key card for the wrong room",
                "NOTED", "Thanks", null, null, emma.id(), lena.id(), LATER));
        ReportTriaged intoReview = (ReportTriaged) reviewed.takeEvents().get(0);
        assertThat(intoReview.intoReview()).isTrue();
        assertThat(intoReview.reviewId()).isEqualTo("review-1");
        ReportTriaged dup = (ReportTriaged) duplicate.takeEvents().get(0);
        assertThat(dup.outcome()).isEqualTo("DUPLICATE");
        assertThat(dup.originalNumber()).isEqualTo("R-2026-000001");
        assertThat(dup.intoReview()).isFalse();
    }

    @Test
    void closingAfterTheReview_tellsWhomToTell() {
        MistakeReport report = report("R-2026-000001", ReporterMode.NAMED, List.of());
        report.startReview(lena, "review-1", null, LATER);
        report.takeEvents();

        report.closeAfterReview("review-1", LATER.plusSeconds(60));

        assertThat(report.takeEvents()).containsExactly(new ReportClosed(report.id(), "R-2026-000001", "review-1", emma.id(),
                LATER.plusSeconds(60)));
    }

    @Test
    void askingAndAnswering_tellWhichQuestion_andWhoAsked_butNeverTheReporter() {
        MistakeReport report = report("R-2026-000001", ReporterMode.NAMED, List.of());
        report.takeEvents();

        FollowUpQuestion question = report.ask(lena.id(), "Which card did the guest get?", LATER);
        assertThat(report.takeEvents()).containsExactly(new QuestionAsked(report.id(), question.id(), "R-2026-000001",
                "Key card for the wrong room", lena.id(), LATER));

        report.answer(emma.id(), question.id(), "The one for 214.", LATER.plusSeconds(60));
        assertThat(report.takeEvents()).containsExactly(new QuestionAnswered(report.id(), question.id(), "R-2026-000001",
                "Key card for the wrong room", lena.id(), LATER.plusSeconds(60)));
    }

    @Test
    void aConfidentialReportersAnswer_tellsOnlyItsDay_andNeverTheReporter() {
        MistakeReport report = report("C-2026-AAAA-BBBB", ReporterMode.CONFIDENTIAL, List.of());
        FollowUpQuestion question = report.ask(lena.id(), "Which card?", LATER);
        report.takeEvents();

        report.answer(emma.id(), question.id(), "214.", LATER.plusSeconds(60));

        List<dimple.domain.shared.DomainEvent> events = report.takeEvents();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).occurredAt()).isEqualTo(DAY);
        assertThat(events.get(0).toString()).doesNotContain(emma.id()).doesNotContain("emma");
        assertThat(events.get(0).aggregate()).isEqualTo("report:" + report.id());
    }

    @Test
    void aRefusedChange_recordsNothing() {
        MistakeReport report = report("R-2026-000001", ReporterMode.NAMED, List.of());
        report.takeEvents();

        try {
            report.triageAsNoted(lena, " ", LATER);
        } catch (NotedNeedsANote expected) {
            // refused before anything changed
        }

        assertThat(report.takeEvents()).isEmpty();
    }
}
