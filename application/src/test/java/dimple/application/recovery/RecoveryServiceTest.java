package dimple.application.recovery;

import static dimple.application.reporting.ReportingFixture.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.reporting.RecoveryView;
import dimple.application.reporting.ReportView;
import dimple.application.reporting.ReportingFixture;
import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import dimple.domain.recovery.RecoveryCannotGoBack;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryServiceTest {
    private final ReportingFixture world = new ReportingFixture();

    private String emmasCase() {
        ReportView filed = world.as("emma").reporting.submit(world.report("Charged twice", "Front Desk", "CONFIDENTIAL", customer("Booking 58213")));
        return filed.recoveries().get(0).id();
    }

    private static RecordRecoveryStep step(String id, String step) {
        return new RecordRecoveryStep(id, step, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aCase_walksForward_andRefusesToGoBack() {
        String id = emmasCase();

        world.as("lena").recovery.record(new RecordRecoveryStep(id, "CONTACTED", null, "PHONE", "Shift lead", null, null, null, null, "Sorry", null));
        RecoveryView delivered = world.as("emma").recovery.record(new RecordRecoveryStep(id, "REMEDY_DELIVERED", null, null, null, "REFUND",
                new BigDecimal("89.5"), "eur", null, null, null));

        assertThat(delivered.status()).isEqualTo("REMEDY_DELIVERED");
        assertThat(delivered.apology().by()).isEqualTo("Shift lead");
        assertThat(delivered.remedy().cost().amount()).isEqualByComparingTo("89.50");
        assertThat(delivered.remedy().cost().currency()).isEqualTo("EUR");
        assertThatThrownBy(() -> world.as("lena").recovery.record(step(id, "CONTACTED"))).isInstanceOf(RecoveryCannotGoBack.class);
    }

    @Test
    void stepsAreValidated_withTheFieldsNamed() {
        String id = emmasCase();

        assertThatThrownBy(() -> world.as("emma").recovery.record(new RecordRecoveryStep(id, "REMEDY_DELIVERED", null, null, null, "GIFT",
                new BigDecimal("-1"), "QQQ", null, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .contains("remedy.type", "remedy.cost.amount", "remedy.cost.currency"));
        assertThatThrownBy(() -> world.as("emma").recovery.record(step(id, "FOLLOWED_UP")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("outcome"));
        assertThatThrownBy(() -> world.as("emma").recovery.record(new RecordRecoveryStep(id, "CONTACTED",
                ReportingFixture.NOW.plusSeconds(3600), null, null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("at"));
    }

    @ParameterizedTest(name = "{0} gets 404")
    @ValueSource(strings = {"leo", "eli", "hana", "admin"})
    void aCase_isHiddenFromEveryoneWhoCannotSeeItsReport(String who) {
        String id = emmasCase();

        assertThatThrownBy(() -> world.as(who).recovery.find(id)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> world.as(who).recovery.record(step(id, "CLOSED"))).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void recoveriesDue_showOverdueAndSoon_toTheReporterAndTheTeamsLeaders() {
        String id = world.as("emma").reporting.submit(world.report("Charged twice", "Front Desk", "NAMED", customer("Booking 58213")))
                .recoveries().get(0).id();
        world.clock.advance(Duration.ofHours(47));

        assertThat(world.as("emma").recovery.due("soon", null, 0, 20).items()).extracting(RecoveryView::id).containsExactly(id);
        assertThat(world.as("emma").recovery.due("overdue", null, 0, 20).items()).isEmpty();

        world.clock.advance(Duration.ofHours(2));
        assertThat(world.as("lena").recovery.due("overdue", null, 0, 20).items()).singleElement()
                .satisfies(r -> assertThat(r.overdue()).isTrue());
        assertThat(world.as("lena").recovery.counts()).isEqualTo(new RecoveryCounts(1, 0));
        assertThat(world.as("leo").recovery.due("all", null, 0, 20).items()).isEmpty();
        assertThat(world.as("hana").recovery.counts()).isEqualTo(new RecoveryCounts(0, 0));

        world.as("lena").recovery.record(new RecordRecoveryStep(id, "FOLLOWED_UP", null, null, null, null, null, null, "SATISFIED", null, null));
        assertThat(world.as("emma").recovery.due("all", null, 0, 20).items()).as("followed up is no longer due").isEmpty();
    }

    @Test
    void recoveriesDue_refuseAnUnknownFilter() {
        assertThatThrownBy(() -> world.as("emma").recovery.due("later", null, 0, 20)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> world.as("emma").recovery.due("all", "Online Orders", 0, 20)).isInstanceOf(InvalidInput.class);
    }
}
