package dimple.application.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.reporting.RecoveryView;
import dimple.application.reporting.BentRuleEntry;
import dimple.application.reporting.InboxFilter;
import dimple.application.reporting.ReportSummary;
import dimple.application.reporting.ReportingFixture;
import dimple.domain.recovery.RecoveryCase;
import dimple.domain.recovery.RecoveryStatus;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReporterMode;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With DIMPLE_DEMO=true every screen of reports and recoveries shows something. */
class DemoReportsTest {
    private final ReportingFixture world = new ReportingFixture();

    DemoReportsTest() {
        new DemoReports(world.reports, world.recoveries, world.receipts, world.decisions).seed(world.accounts.get("emma"),
                world.accounts.get("eli"), world.accounts.get("lena"), world.accounts.get("leo"), world.frontDesk, world.onlineOrders,
                ReportingFixture.NOW);
    }

    @Test
    void seedsNamedAndConfidentialReports_ofSeveralKinds_inBothTeams() {
        List<MistakeReport> all = world.reports.all();

        assertThat(all).extracting(MistakeReport::teamId).contains(world.frontDesk.id(), world.onlineOrders.id());
        assertThat(all).extracting(MistakeReport::reporterMode).contains(ReporterMode.NAMED, ReporterMode.CONFIDENTIAL);
        assertThat(all.stream().map(MistakeReport::kind).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(all).filteredOn(r -> r.bentRule().isPresent()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void receiptNumbers_countUpWithTheTimeOfSubmission_andConfidentialReportsHaveRandomCodes() {
        List<String> numbers = world.reports.all().stream().filter(r -> !r.isConfidential())
                .sorted(Comparator.comparing(MistakeReport::submittedAt)).map(MistakeReport::number).toList();

        assertThat(numbers).isSorted().doesNotHaveDuplicates().allMatch(n -> n.startsWith("R-"));
        assertThat(world.reports.all()).filteredOn(MistakeReport::isConfidential).isNotEmpty()
                .allSatisfy(r -> assertThat(r.number()).matches("C-\\d{4}-\\w{4}-\\w{4}"));
    }

    @Test
    void recoveriesAreInSeveralStates_someOverdue_someDueSoon() {
        assertThat(world.recoveries.all()).extracting(RecoveryCase::status)
                .contains(RecoveryStatus.OPEN, RecoveryStatus.CONTACTED, RecoveryStatus.REMEDY_DELIVERED, RecoveryStatus.FOLLOWED_UP,
                        RecoveryStatus.CLOSED);
        List<RecoveryView> lenas = world.as("lena").recovery.due("all", null, 0, 50).items();
        List<RecoveryView> leos = world.as("leo").recovery.due("all", null, 0, 50).items();

        assertThat(lenas).anyMatch(RecoveryView::overdue).anyMatch(RecoveryView::dueSoon);
        assertThat(leos).anyMatch(RecoveryView::overdue).anyMatch(RecoveryView::dueSoon);
    }

    @Test
    void everyScreenHasSomethingToShow() {
        List<ReportSummary> lenasInbox = world.as("lena").reporting.inbox(InboxFilter.everything(), 0, 50).items();
        List<BentRuleEntry> lenasRules = world.as("lena").bentRules.register(null);

        assertThat(world.as("emma").reporting.mine(0, 50).items()).isNotEmpty();
        assertThat(world.as("eli").reporting.mine(0, 50).items()).isNotEmpty();
        assertThat(world.as("emma").reporting.counts().questionsWaiting()).isPositive();
        assertThat(lenasInbox).anyMatch(s -> s.reporter() == null).anyMatch(s -> s.reporter() != null);
        assertThat(lenasRules).anyMatch(e -> e.count() >= 2);
        assertThat(world.as("leo").bentRules.register(null)).anyMatch(e -> e.decision() != null);
    }
}
