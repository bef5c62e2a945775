package dimple.application.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.coaching.AssessmentView;
import dimple.application.coaching.CoachingFixture;
import dimple.application.coaching.CoachingRecordSummary;
import dimple.application.reporting.ReportingFixture;
import dimple.domain.coaching.Assessment;
import dimple.domain.coaching.CoachingRecord;
import dimple.domain.coaching.CoachingStatus;
import dimple.domain.coaching.Response;
import dimple.domain.reporting.MistakeReport;
import org.junit.jupiter.api.Test;

/** With DIMPLE_DEMO=true the coaching screens show something, in every state, and only on named reports. */
class DemoCoachingTest {
    private final CoachingFixture lane = new CoachingFixture();
    private final ReportingFixture world = lane.world;

    DemoCoachingTest() {
        new DemoReports(world.reports, world.recoveries, world.receipts, world.decisions).seed(world.accounts.get("emma"),
                world.accounts.get("eli"), world.accounts.get("lena"), world.accounts.get("leo"), world.frontDesk, world.onlineOrders,
                ReportingFixture.NOW);
        new DemoCoaching(lane.assessments, lane.records, lane.reportFacts).seed(world.accounts.get("emma"), world.accounts.get("eli"),
                world.accounts.get("lena"), world.accounts.get("leo"), world.frontDesk, world.onlineOrders, ReportingFixture.NOW);
    }

    @Test
    void coachingRecordsAreInEveryState_oneFollowingAnAssessmentThatCalledForCoaching() {
        assertThat(lane.records.all()).extracting(CoachingRecord::status).contains(CoachingStatus.values());
        assertThat(lane.records.all()).filteredOn(r -> r.assessmentId() != null).singleElement()
                .satisfies(r -> assertThat(lane.assessments.findById(r.assessmentId()).orElseThrow().response()).isEqualTo(Response.COACH));
        assertThat(lane.records.all()).filteredOn(r -> r.status() == CoachingStatus.DECLINED)
                .allSatisfy(r -> assertThat(r.employeeComment()).isNotBlank());
    }

    @Test
    void assessmentsAreOnNamedReportsFiledByThePersonInTime_inBothTeams() {
        assertThat(lane.assessments.all()).hasSize(2).allSatisfy(a -> {
            MistakeReport report = world.reports.findById(a.reportId()).orElseThrow();
            assertThat(report.isConfidential()).isFalse();
            assertThat(report.isReportedBy(a.subjectAccountId())).isTrue();
            assertThat(a.selfReportCredit()).isTrue();
        });
        assertThat(lane.assessments.all()).extracting(Assessment::teamId).containsExactlyInAnyOrder(world.frontDesk.id(), world.onlineOrders.id());
    }

    @Test
    void everyoneInTheLaneHasSomethingToSee() {
        assertThat(lane.as("emma").coaching.list(null, 0, 50).items()).anyMatch(CoachingRecordSummary::awaitsYou)
                .noneMatch(r -> r.status().equals("DRAFT"));
        assertThat(lane.as("eli").coaching.list(null, 0, 50).items()).anyMatch(CoachingRecordSummary::awaitsYou);
        assertThat(lane.as("lena").coaching.list(null, 0, 50).items()).anyMatch(r -> r.status().equals("DRAFT"));
        assertThat(lane.as("hana").coaching.list(null, 0, 50).items()).hasSize(lane.records.all().size() - 1);
        assertThat(lane.as("hana").assessing.list(0, 50).items()).extracting(AssessmentView::subject).containsExactlyInAnyOrder("emma", "eli");
        assertThat(lane.as("emma").assessing.list(0, 50).items()).extracting(AssessmentView::behaviour).containsExactly("HUMAN_ERROR");
    }
}
