package dimple.application.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dimple.application.audit.AuditAction;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.English;
import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.Refusal;
import dimple.domain.audit.AuditEntry;
import dimple.domain.coaching.ConfidentialReportsAreNotAssessed;
import dimple.domain.coaching.NobodyAssessesThemselves;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentServiceTest {
    private final CoachingFixture lane = new CoachingFixture();
    private final String emmasReport = lane.namedReport("emma", "Front Desk");

    private AssessmentView lenaAssessesEmma() {
        return lane.as("lena").assessing.open(CoachingFixture.assessment(emmasReport, "emma"));
    }

    @Test
    void open_namedReportOfTheLeadersTeam_recordsTheAssessmentWithSelfReportCredit() {
        AssessmentView view = lenaAssessesEmma();

        assertThat(view.subject()).isEqualTo("emma");
        assertThat(view.subjectName()).isEqualTo("Emma Employee");
        assertThat(view.assessor()).isEqualTo("lena");
        assertThat(view.team()).isEqualTo("Front Desk");
        assertThat(view.reportId()).isEqualTo(emmasReport);
        assertThat(view.reportNumber()).startsWith("R-2026-");
        assertThat(view.tests()).isEqualTo(new AssessmentView.TestsView(false, false, true, true));
        assertThat(view.behaviour()).isEqualTo("AT_RISK");
        assertThat(view.response()).isEqualTo("COACH");
        assertThat(view.selfReportCredit()).as("emma filed it an hour after it happened").isTrue();
        assertThat(view.retainUntil()).isEqualTo(lane.today().plusYears(2));
        assertThat(lane.assessments.all()).hasSize(1);
        AuditEntry recorded = lane.audited(AuditAction.ASSESSMENT_RECORDED).get(0);
        assertThat(recorded.actor()).isEqualTo("lena");
        assertThat(recorded.target()).isEqualTo(view.id());
        assertThat(recorded.detail()).contains(view.reportNumber(), "AT_RISK", "COACH", "self-report credit");
    }

    @Test
    void open_reportFiledBySomeoneElse_givesNoSelfReportCredit() {
        String lenasReport = lane.namedReport("lena", "Front Desk");

        assertThat(lane.as("lena").assessing.open(CoachingFixture.assessment(lenasReport, "emma")).selfReportCredit()).isFalse();
    }

    @Test
    void open_confidentialReport_isRefusedWith409AndNothingIsKept() {
        String confidential = lane.report("emma", "Front Desk", "CONFIDENTIAL");

        Throwable refused = catchThrowableOfType(ConfidentialReportsAreNotAssessed.class,
                () -> lane.as("lena").assessing.open(CoachingFixture.assessment(confidential, "emma")));

        assertThat(Refusal.of(refused)).get().extracting(Refusal::kind).isEqualTo(Refusal.Kind.RULE);
        assertThat(lane.assessments.all()).isEmpty();
        assertThat(lane.audited(AuditAction.ASSESSMENT_RECORDED)).isEmpty();
    }

    @Test
    void open_reportOfATeamTheLeaderDoesNotLead_isNotFound() {
        assertThatThrownBy(() -> lane.as("leo").assessing.open(CoachingFixture.assessment(emmasReport, "eli")))
                .isInstanceOf(RecordNotFound.class);
    }

    @Test
    void open_unknownOrMalformedReport_isNotFound() {
        assertThatThrownBy(() -> lane.as("lena").assessing.open(CoachingFixture.assessment("5b0c6f0e-8f0a-4c43-9a3e-2b1a7e0f6c11", "emma")))
                .isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> lane.as("lena").assessing.open(CoachingFixture.assessment("../etc/passwd", "emma")))
                .isInstanceOf(RecordNotFound.class);
    }

    @Test
    void open_personOutsideTheTeamsTheLeaderLeads_isRefusedWith403() {
        assertThatThrownBy(() -> lane.as("lena").assessing.open(CoachingFixture.assessment(emmasReport, "eli")))
                .isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> lane.as("lena").assessing.open(CoachingFixture.assessment(emmasReport, "nobody")))
                .isInstanceOf(AccessRefused.class);
    }

    @Test
    void open_oneself_isRefused() {
        assertThatThrownBy(() -> lane.as("lena").assessing.open(CoachingFixture.assessment(emmasReport, "lena")))
                .isInstanceOf(NobodyAssessesThemselves.class);
    }

    @Test
    void open_missingAnswersAndUnknownKinds_areRefusedFieldByField() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> lane.as("lena").assessing.open(new OpenAssessment(
                emmasReport, "emma", " ", new OpenAssessment.Tests(true, null, false, null), "CARELESS", null)));

        assertThat(refused.problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("reason", "tests.health", "tests.substitution", "behaviour", "response");
        assertThat(English.said(refused.problems())).contains(English.said("behaviour", "Behaviour must be one of [HUMAN_ERROR, AT_RISK, RECKLESS]."));
        assertThat(lane.assessments.all()).isEmpty();
    }

    @Test
    void find_theAssessorThePersonAndHr_seeIt_andEachReadIsAudited() {
        String id = lenaAssessesEmma().id();

        for (String reader : List.of("lena", "emma", "hana")) {
            assertThat(lane.as(reader).assessing.find(id).reason()).as(reader).contains("terminal timed out");
        }

        assertThat(lane.audited(AuditAction.ASSESSMENT_READ)).extracting(AuditEntry::actor).containsExactly("lena", "emma", "hana");
        assertThat(lane.audited(AuditAction.ASSESSMENT_READ)).extracting(AuditEntry::target).containsOnly(id);
    }

    @Test
    void find_aLeaderOfAnotherTeamOrAColleague_getNotFound_andNothingIsAudited() {
        String id = lenaAssessesEmma().id();

        assertThatThrownBy(() -> lane.as("leo").assessing.find(id)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> lane.as("eli").assessing.find(id)).isInstanceOf(RecordNotFound.class);
        assertThat(lane.audited(AuditAction.ASSESSMENT_READ)).isEmpty();
    }

    @Test
    void find_anAdmin_isRefusedByThePermissionCheck_andWouldNotSeeItAnyway() {
        String id = lenaAssessesEmma().id();
        lane.as("admin");

        assertThatThrownBy(() -> lane.guardOf(AssessmentService.class, "find")).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> lane.assessing.find(id)).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void list_showsEachPersonOnlyWhatTheyMaySee_andAuditsPagesThatShowSomething() {
        lenaAssessesEmma();
        lane.world.clock.advance(Duration.ofMinutes(1));
        String elisReport = lane.namedReport("eli", "Online Orders");
        lane.as("leo").assessing.open(CoachingFixture.assessment(elisReport, "eli"));

        assertThat(lane.as("emma").assessing.list(null, null).items()).extracting(AssessmentView::subject).containsExactly("emma");
        assertThat(lane.as("leo").assessing.list(null, null).items()).extracting(AssessmentView::subject).containsExactly("eli");
        assertThat(lane.as("hana").assessing.list(null, null).items()).extracting(AssessmentView::subject).containsExactly("eli", "emma");
        assertThat(lane.as("lena").assessing.list(0, 1).total()).isEqualTo(1);

        assertThat(lane.audited(AuditAction.ASSESSMENTS_LISTED)).extracting(AuditEntry::actor).containsExactly("emma", "leo", "hana", "lena");
    }

    @Test
    void options_offerMembersOfTheLedTeamAndItsNamedReportsOnly() {
        lane.report("emma", "Front Desk", "CONFIDENTIAL");
        lane.namedReport("eli", "Online Orders");

        AssessmentOptions options = lane.as("lena").assessing.options();

        assertThat(options.people()).extracting(PersonOption::username).containsExactly("emma");
        assertThat(options.reports()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(emmasReport);
            assertThat(r.reporter()).isEqualTo("emma");
            assertThat(r.label()).contains("Guest charged twice", "Emma Employee");
        });
    }
}
