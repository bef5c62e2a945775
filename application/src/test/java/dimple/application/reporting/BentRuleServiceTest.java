package dimple.application.reporting;

import static dimple.application.reporting.ReportingFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import java.util.List;
import org.junit.jupiter.api.Test;

class BentRuleServiceTest {
    private final ReportingFixture world = new ReportingFixture();

    private ReportView bent(String who, String team, String mode, String rule) {
        return world.as(who).reporting.submit(new SubmitReport("Helped a guest", "Refunded in cash.", NOW, team, "CUSTOMER_HARMED", "MINOR",
                mode, new SubmitReport.BentRuleInput(rule, "Guest in a hurry", "Guest stayed loyal"), null));
    }

    @Test
    void theRegister_groupsRulesWhateverTheirCaseAndSpacing_mostOftenBentFirst() {
        ReportView a = bent("emma", "Front Desk", "CONFIDENTIAL", "Refunds only with the receipt");
        ReportView b = bent("lena", "Front Desk", "NAMED", "  refunds ONLY with   the receipt ");
        bent("emma", "Front Desk", "NAMED", "No pets in rooms");
        bent("eli", "Online Orders", "NAMED", "No address changes after dispatch");

        List<BentRuleEntry> register = world.as("lena").bentRules.register(null);

        assertThat(register).extracting(BentRuleEntry::count).containsExactly(2, 1);
        assertThat(register.get(0).reports()).extracting(BentRuleEntry.BentRuleReport::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(register.get(0).team()).isEqualTo("Front Desk");
        assertThat(register.toString()).doesNotContain("emma", "Emma");
        assertThat(world.as("leo").bentRules.register(null)).singleElement()
                .satisfies(e -> assertThat(e.rule()).isEqualTo("No address changes after dispatch"));
    }

    @Test
    void aLeaderDecides_andCanReviseTheDecision() {
        bent("emma", "Front Desk", "NAMED", "Refunds only with the receipt");

        BentRuleEntry kept = world.as("lena").bentRules.decide(new DecideBentRule("Front Desk", "REFUNDS only with the receipt", "keep", "For now"));
        BentRuleEntry changed = world.as("lena").bentRules.decide(new DecideBentRule("Front Desk", "Refunds only with the receipt", "CHANGE",
                "Allow a manager to approve"));

        assertThat(kept.decision().decision()).isEqualTo("KEEP");
        assertThat(changed.decision().decision()).isEqualTo("CHANGE");
        assertThat(world.as("lena").bentRules.register("Front Desk")).singleElement().satisfies(e -> {
            assertThat(e.decision().note()).isEqualTo("Allow a manager to approve");
            assertThat(e.decision().decidedBy()).isEqualTo("lena");
        });
    }

    @Test
    void decidingAboutAnUnknownRule_orForAnotherTeam_isRefused() {
        bent("emma", "Front Desk", "NAMED", "Refunds only with the receipt");

        assertThatThrownBy(() -> world.as("lena").bentRules.decide(new DecideBentRule("Front Desk", "No smoking", "RETIRE", null)))
                .isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> world.as("leo").bentRules.decide(new DecideBentRule("Front Desk", "Refunds only with the receipt", "RETIRE", null)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> world.as("lena").bentRules.decide(new DecideBentRule("Front Desk", "Refunds only with the receipt", "MAYBE", null)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void withdrawnReports_doNotCount() {
        ReportView filed = bent("emma", "Front Desk", "NAMED", "Refunds only with the receipt");
        world.as("emma").reporting.withdraw(new WithdrawReport(filed.id(), null));

        assertThat(world.as("lena").bentRules.register(null)).isEmpty();
    }

    @Test
    void whileARuleIsTyped_theTeamsKnownRulesContainingIt_areSuggested_inTheirCommonestWording_andNothingElseOfTheReports() {
        bent("emma", "Front Desk", "CONFIDENTIAL", "Refunds only with the receipt");
        bent("lena", "Front Desk", "NAMED", "refunds ONLY with   the receipt");
        bent("lena", "Front Desk", "NAMED", "Refunds only with the receipt");
        bent("emma", "Front Desk", "NAMED", "No refunds after 30 days");
        bent("emma", "Front Desk", "CONFIDENTIAL", "No refunds for the corner room");
        bent("emma", "Front Desk", "NAMED", "No pets in rooms");
        bent("eli", "Online Orders", "NAMED", "No refunds on sale items");
        world.as("lena").bentRules.decide(new DecideBentRule("Front Desk", "No refunds after 30 days", "KEEP", null));

        List<String> suggested = world.as("emma").bentRules.rulesLike("Front Desk", "  REFUNDS ", 10);

        assertThat(suggested).as("named by three reports, or decided on by a leader; a rule one undecided report names is not offered")
                .containsExactly("Refunds only with the receipt", "No refunds after 30 days");
        assertThat(world.as("emma").bentRules.rulesLike("Front Desk", "refunds", 1)).containsExactly("Refunds only with the receipt");
        assertThat(world.as("emma").bentRules.rulesLike("Online Orders", "refunds", 10))
                .as("a team the person is not in suggests nothing").isEmpty();
        assertThat(world.as("emma").bentRules.rulesLike(null, null, 10)).hasSize(2);
    }
}
