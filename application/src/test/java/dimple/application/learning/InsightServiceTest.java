package dimple.application.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.shared.AccessRefused;
import dimple.application.shared.English;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import dimple.domain.learning.InsightFigures.ActionTimeliness;
import dimple.domain.learning.InsightFigures.MonthCount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightServiceTest {
    private final LearningFixture world = new LearningFixture();
    private final InMemoryInsightFigures figures = world.reviews.figures;
    private final InsightService insights = new InsightService(figures, world.reviews.world.accounts, world.reviews.world.teams,
            world.reviews.world.currentUser, world.reviews.world.actor, world.reviews.world.clock,
            world.reviews.world.categoryDefinitions);

    private void knownDataSet() {
        figures.months.addAll(List.of(
                new MonthCount("2026-01", "CUSTOMER_HARMED", 2),
                new MonthCount("2026-02", "NEAR_MISS", 1),
                new MonthCount("2026-03", "GOOD_CATCH", 3),
                new MonthCount("2026-03", "CUSTOMER_HARMED", 2)));
        figures.days.addAll(List.of(4.0, 1.0, 10.0, 2.0));
        figures.actions = new ActionTimeliness(3, 1, 4);
        figures.repeats.add("r1");
    }

    @Test
    void aLeader_seesTheFiguresOfTheirTeam_onAKnownDataSet() {
        knownDataSet();
        world.as("lena");

        InsightsView view = insights.insights(null, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"));

        assertThat(English.of(view.scope())).isEqualTo("Front Desk");
        assertThat(view.reports()).isEqualTo(8);
        assertThat(view.reportsPerMonth()).containsOnlyKeys("2026-01", "2026-02", "2026-03");
        assertThat(view.reportsPerMonth().get("2026-03")).containsEntry("GOOD_CATCH", 3L).containsEntry("CUSTOMER_HARMED", 2L);
        assertThat(view.nearMissAndGoodCatchPercent()).isEqualTo(50.0);
        assertThat(view.medianDaysToLesson()).isEqualTo(3.0);
        assertThat(view.actionsOnTimePercent()).isEqualTo(75.0);
        assertThat(view.repeatMistakes()).isEqualTo(1);
        assertThat(view.repeatMistakePercent()).isEqualTo(12.5);
        assertThat(view.reportingTrend()).as("5 reports in March against 2 in January: good news").isEqualTo("RISING");
        assertThat(figures.lastTeams).containsExactly(world.reviews.world.teams.findByName("Front Desk").orElseThrow().id());
    }

    @Test
    void hr_seesTheWholeOrganisation_employeesHaveNoInsights_andATeamOneDoesNotLeadIsNotFound() {
        knownDataSet();

        assertThat(world.as("hana").reviews.world.currentUser.isPermitted("insight:organisation")).isTrue();
        InsightsView organisation = insights.insights(null, null, null);
        assertThat(English.of(organisation.scope())).isEqualTo("The whole organisation");
        assertThat(figures.lastTeams).isNull();
        assertThat(English.of(insights.insights("Online Orders", null, null).scope())).isEqualTo("Online Orders");

        world.as("emma");
        assertThatThrownBy(() -> insights.insights(null, null, null)).isInstanceOf(AccessRefused.class);
        world.as("lena");
        assertThatThrownBy(() -> insights.insights("Online Orders", null, null)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> insights.insights(null, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-01-01")))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void withoutData_nothingIsInvented() {
        world.as("leo");

        InsightsView view = insights.insights(null, null, null);

        assertThat(view.reports()).isZero();
        assertThat(view.medianDaysToLesson()).isNull();
        assertThat(view.actionsOnTimePercent()).isNull();
        assertThat(view.reportingTrend()).isEqualTo("STEADY");
    }

    @Test
    void aReportLikeAPublishedLesson_isRecordedAsARepeatMistake() {
        world.publishedLesson("NAMED", "Guest charged twice", "Check the payment list first.");
        var report = world.reviews.world.as("emma").reporting.submit(world.reviews.world.report("Guest charged twice again", "Front Desk", "NAMED"));

        assertThat(world.reviews.events.messages).as("looked for after the commit")
                .anyMatch(m -> m.handler().equals("learning.record-repeat-mistake") && m.event().aggregate().equals("report:" + report.id()));
        assertThat(figures.repeats).contains(report.id());
    }

    @Test
    void reportsWithoutARecoveryCase_areCountedForTheKindsTheAdministratorSaysNeedOne() {
        figures.withoutRecoveryCase = 3;
        world.as("lena");
        assertThat(insights.insights(null, null, null).reportsWithoutRecoveryCase()).isEqualTo(3);
        assertThat(figures.lastKinds).containsExactly("CUSTOMER_HARMED");

        world.reviews.world.as("admin").categories.define(new dimple.application.reporting.DefineCategories(List.of(
                new dimple.application.reporting.DescribeCategory("CUSTOMER_HARMED", false, java.util.Map.of(), java.util.Map.of()),
                new dimple.application.reporting.DescribeCategory("UNSAFE_CONDITION", true, java.util.Map.of(), java.util.Map.of())), List.of()));
        world.as("lena");
        insights.insights(null, null, null);
        assertThat(figures.lastKinds).containsExactly("UNSAFE_CONDITION");
    }
}
