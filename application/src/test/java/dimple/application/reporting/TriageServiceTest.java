package dimple.application.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.audit.AuditAction;
import dimple.application.learning.NotificationView;
import dimple.application.review.ReportLink;
import dimple.application.review.ReviewFixture;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.English;
import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.StaleRecord;
import dimple.domain.reporting.DuplicateNeedsAnOriginal;
import dimple.domain.reporting.NotedNeedsANote;
import dimple.domain.reporting.ReportIsTriagedAlready;
import dimple.domain.review.Review;
import dimple.domain.review.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TriageServiceTest {
    private final ReviewFixture world = new ReviewFixture();

    private TriageOutcome lenaTriages(String reportId, String decision, String note) {
        return world.as("lena").triage.triage(new TriageReport(reportId, decision, note, null, null, null));
    }

    @Test
    void noted_closesTheReport_andTheReporterReadsTheNote_inTheirInbox() {
        ReportView report = world.reportByEmma("NAMED");

        TriageOutcome outcome = lenaTriages(report.id(), "NOTED", "The encoder is replaced this week.");

        assertThat(outcome.status()).isEqualTo("NOTED");
        assertThat(outcome.reviewId()).isNull();
        assertThat(world.as("emma").reporting.find(report.id()).status()).isEqualTo("NOTED");
        TriageView seenByEmma = world.as("emma").triage.find(report.id());
        assertThat(seenByEmma.note()).isEqualTo("The encoder is replaced this week.");
        assertThat(seenByEmma.mayTriage()).isFalse();
        NotificationView told = world.as("emma").inbox.inbox(0, 20).items().get(0);
        assertThat(told.kind()).isEqualTo("REPORT_TRIAGED");
        assertThat(English.of(told.message())).contains(report.number(), "was noted", "The encoder is replaced this week.");
        assertThat(told.link()).isEqualTo("report/view.xhtml?id=" + report.id());
    }

    @Test
    void noted_withoutANote_isRefusedByTheRule() {
        ReportView report = world.reportByEmma("NAMED");

        assertThatThrownBy(() -> lenaTriages(report.id(), "NOTED", " ")).isInstanceOf(NotedNeedsANote.class);
        assertThat(world.notifications.all).isEmpty();
    }

    @Test
    void review_opensADraftingReview_facilitatedByTheLeader_coveringTheReport() {
        ReportView report = world.reportByEmma("NAMED");

        TriageOutcome outcome = lenaTriages(report.id(), "REVIEW", null);

        assertThat(outcome.status()).isEqualTo("IN_REVIEW");
        Review review = world.reviews.byId.get(outcome.reviewId());
        assertThat(review.status()).isEqualTo(ReviewStatus.DRAFTING);
        assertThat(review.title()).isEqualTo("Guest charged twice");
        assertThat(review.reportIds()).containsExactly(report.id());
        assertThat(review.facilitatorAccountId()).contains(world.idOf("lena"));
        assertThat(world.as("lena").triage.find(report.id()).reviewVisible()).isTrue();
        assertThat(world.as("emma").triage.find(report.id()).reviewVisible()).as("the reporter is no participant").isFalse();
    }

    @Test
    void review_intoAnOpenReview_coversRelatedReportsInOneReview() {
        ReportView first = world.reportByEmma("NAMED");
        ReportView second = world.reportByEmma("CONFIDENTIAL");
        String reviewId = lenaTriages(first.id(), "REVIEW", null).reviewId();
        TriageView choices = world.as("lena").triage.find(second.id());

        TriageOutcome joined = world.as("lena").triage.triage(new TriageReport(second.id(), "REVIEW", null, null, reviewId, null));

        assertThat(choices.openReviews()).extracting(TriageView.Option::id).containsExactly(reviewId);
        assertThat(joined.reviewId()).isEqualTo(reviewId);
        assertThat(world.reviews.byId).hasSize(1);
        assertThat(world.as("lena").review.find(reviewId).reports()).extracting(ReportLink::number)
                .containsExactlyInAnyOrder(first.number(), second.number());
    }

    @Test
    void review_intoAnUnknownReview_orOneOfAnotherTeam_isInvalidInput() {
        ReportView report = world.reportByEmma("NAMED");
        ReportView elis = world.as("eli").reporting.submit(world.world.report("Parcel to old address", "Online Orders", "NAMED"));
        String otherTeams = world.as("leo").triage.triage(new TriageReport(elis.id(), "REVIEW", null, null, null, null)).reviewId();

        for (String reviewId : new String[] {otherTeams, "00000000-0000-0000-0000-000000000000", "nonsense"}) {
            assertThatThrownBy(() -> world.as("lena").triage.triage(new TriageReport(report.id(), "REVIEW", null, null, reviewId, null)))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                            .containsExactly("reviewId"));
        }
        assertThat(world.as("lena").reporting.find(report.id()).status()).isEqualTo("SUBMITTED");
    }

    @Test
    void duplicate_pointsAtTheOriginal_andTellsTheReporterWhich() {
        ReportView original = world.reportByEmma("NAMED");
        ReportView again = world.reportByEmma("CONFIDENTIAL");
        TriageView choices = world.as("lena").triage.find(again.id());

        TriageOutcome outcome = world.as("lena").triage.triage(new TriageReport(again.id(), "DUPLICATE", null, original.id(), null, null));

        assertThat(choices.originals()).extracting(TriageView.Option::id).containsExactly(original.id());
        assertThat(outcome.status()).isEqualTo("DUPLICATE");
        TriageView seenByLena = world.as("lena").triage.find(again.id());
        assertThat(seenByLena.duplicateOfNumber()).isEqualTo(original.number());
        assertThat(English.of(world.as("emma").inbox.inbox(0, 5).items().get(0).message())).contains("same thing as report " + original.number());
    }

    @Test
    void duplicate_ofEachOther_orInAChain_isRefused_theSecondTriageFails() {
        ReportView a = world.reportByEmma("NAMED");
        ReportView b = world.reportByEmma("NAMED");
        ReportView c = world.reportByEmma("NAMED");
        world.as("lena").triage.triage(new TriageReport(a.id(), "DUPLICATE", null, b.id(), null, null));

        assertThatThrownBy(() -> world.as("lena").triage.triage(new TriageReport(b.id(), "DUPLICATE", null, a.id(), null, null)))
                .as("B -> A").isInstanceOf(DuplicateNeedsAnOriginal.class).hasMessage("rule.duplicateNeedsAnOriginal.isAnOriginal");
        assertThatThrownBy(() -> world.as("lena").triage.triage(new TriageReport(b.id(), "DUPLICATE", null, c.id(), null, null)))
                .as("A -> B -> C").isInstanceOf(DuplicateNeedsAnOriginal.class).hasMessage("rule.duplicateNeedsAnOriginal.isAnOriginal");
        assertThat(world.as("lena").reporting.find(b.id()).status()).isEqualTo("SUBMITTED");
    }

    @Test
    void duplicate_withoutAnOriginalTheLeaderMaySee_namesTheField() {
        ReportView report = world.reportByEmma("NAMED");
        ReportView elis = world.as("eli").reporting.submit(world.world.report("Elsewhere", "Online Orders", "NAMED"));

        assertThatThrownBy(() -> world.as("lena").triage.triage(new TriageReport(report.id(), "DUPLICATE", null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("duplicateOf"));
        assertThatThrownBy(() -> world.as("lena").triage.triage(new TriageReport(report.id(), "DUPLICATE", null, elis.id(), null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("duplicateOf"));
    }

    @Test
    void anUnknownDecision_listsTheKnownOnes() {
        ReportView report = world.reportByEmma("NAMED");

        assertThatThrownBy(() -> lenaTriages(report.id(), "IGNORE", null)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(English.of(e.problems().get(0).message())).contains("NOTED", "REVIEW", "DUPLICATE"));
    }

    @Test
    void aReport_isTriagedOnce() {
        ReportView report = world.reportByEmma("NAMED");
        lenaTriages(report.id(), "NOTED", "Thanks");

        assertThatThrownBy(() -> lenaTriages(report.id(), "REVIEW", null)).isInstanceOf(ReportIsTriagedAlready.class);
        assertThat(world.reviews.byId).as("no review was opened").isEmpty();
        assertThat(world.as("lena").triage.find(report.id()).mayTriage()).isFalse();
    }

    @Test
    void aStaleVersion_isRefused() {
        ReportView report = world.reportByEmma("NAMED");

        assertThatThrownBy(() -> world.as("lena").triage.triage(new TriageReport(report.id(), "NOTED", "x", null, null, report.version() + 1)))
                .isInstanceOf(StaleRecord.class);
    }

    @Test
    void theReporter_whoLeadsNoTeamOfTheReport_isRefused() {
        ReportView report = world.reportByEmma("NAMED");

        assertThatThrownBy(() -> world.as("emma").triage.triage(new TriageReport(report.id(), "NOTED", "x", null, null, null)))
                .isInstanceOf(AccessRefused.class);
    }

    @ParameterizedTest(name = "{0} is told the report does not exist")
    @ValueSource(strings = {"leo", "eli", "hana"})
    void anyoneWhoMayNotSeeTheReport_getsNotFound(String who) {
        ReportView report = world.reportByEmma("CONFIDENTIAL");

        assertThatThrownBy(() -> world.as(who).triage.triage(new TriageReport(report.id(), "NOTED", "x", null, null, null)))
                .isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> world.as(who).triage.find(report.id())).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void aConfidentialReporter_isToldInTheApp_withoutBeingNamedAnywhere() {
        ReportView report = world.reportByEmma("CONFIDENTIAL");

        lenaTriages(report.id(), "REVIEW", "We will look at the encoders.");

        assertThat(world.notifications.all).singleElement().satisfies(n -> {
            assertThat(n.recipientAccountId()).isEqualTo(world.idOf("emma"));
            assertThat(English.of(n.message())).doesNotContain("emma").doesNotContain("Emma");
        });
        assertThat(world.as("lena").inbox.inbox(0, 20).items()).isEmpty();
        assertThat(world.world.auditLines()).filteredOn(l -> l.contains(AuditAction.REPORT_TRIAGED))
                .singleElement().satisfies(l -> assertThat(l).startsWith("lena |").doesNotContain("emma"));
    }
}
