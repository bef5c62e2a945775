package dimple.domain.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecoveryCaseTest {
    private static final Instant SUBMITTED = Instant.parse("2026-11-23T10:00:00Z");

    private static RecoveryCase openCase() {
        return RecoveryCase.open("report-1", "team-1", "Order 48213", true, null, false, null, SUBMITTED);
    }

    @Test
    void open_promisesTheFollowUp48HoursAfterSubmission() {
        RecoveryCase recovery = openCase();

        assertThat(recovery.status()).isEqualTo(RecoveryStatus.OPEN);
        assertThat(recovery.followUpDue()).isEqualTo(SUBMITTED.plus(Duration.ofHours(48)));
        assertThat(recovery.proactive()).isTrue();
    }

    @Test
    void walksForward_throughEveryState() {
        RecoveryCase recovery = openCase();

        recovery.contact(SUBMITTED.plusSeconds(60), ContactChannel.PHONE, "Shift lead", "Apologised");
        recovery.deliverRemedy(Remedy.of(RemedyType.REFUND, new BigDecimal("12.5"), "EUR"), SUBMITTED.plusSeconds(120), null);
        recovery.followUp(RecoveryOutcome.SATISFIED, SUBMITTED.plusSeconds(180), "Happy again");
        recovery.close(null, SUBMITTED.plusSeconds(240), null);

        assertThat(recovery.status()).isEqualTo(RecoveryStatus.CLOSED);
        assertThat(recovery.apologyChannel()).isEqualTo(ContactChannel.PHONE);
        assertThat(recovery.remedy()).hasValueSatisfying(r -> {
            assertThat(r.type()).isEqualTo(RemedyType.REFUND);
            assertThat(r.amount()).isEqualByComparingTo("12.50");
            assertThat(r.currency()).isEqualTo("EUR");
        });
        assertThat(recovery.outcome()).isEqualTo(RecoveryOutcome.SATISFIED);
        assertThat(recovery.steps()).extracting(RecoveryStepEntry::step).containsExactly(
                RecoveryStep.CONTACTED, RecoveryStep.REMEDY_DELIVERED, RecoveryStep.FOLLOWED_UP, RecoveryStep.CLOSED);
    }

    @Test
    void maySkipForward_butNeverGoBack() {
        RecoveryCase recovery = openCase();
        recovery.deliverRemedy(Remedy.of(RemedyType.PERSONAL_CALL, null, null), SUBMITTED, null);

        assertThatThrownBy(() -> recovery.contact(SUBMITTED, ContactChannel.EMAIL, null, null)).isInstanceOf(RecoveryCannotGoBack.class);
        assertThatThrownBy(() -> recovery.deliverRemedy(Remedy.of(RemedyType.CREDIT, null, null), SUBMITTED, null))
                .isInstanceOf(RecoveryCannotGoBack.class);
        assertThat(recovery.status()).isEqualTo(RecoveryStatus.REMEDY_DELIVERED);
    }

    @Test
    void aClosedCase_isFinal() {
        RecoveryCase recovery = openCase();
        recovery.close(null, SUBMITTED, "Customer could not be reached");

        assertThat(recovery.outcome()).isEqualTo(RecoveryOutcome.UNKNOWN);
        assertThatThrownBy(() -> recovery.followUp(RecoveryOutcome.DELIGHTED, SUBMITTED, null))
                .isInstanceOf(RecoveryCannotGoBack.class).hasMessageStartingWith("rule.recoveryCannotGoBack.closed");
    }

    @Test
    void isOverdue_onceTheFollowUpDatePasses_untilItIsFollowedUp() {
        RecoveryCase recovery = openCase();
        Instant due = recovery.followUpDue();

        assertThat(recovery.isOverdueAt(due)).isFalse();
        assertThat(recovery.isDueSoonAt(due.minusSeconds(3600))).isTrue();
        assertThat(recovery.isOverdueAt(due.plusSeconds(1))).isTrue();
        assertThat(recovery.isDueSoonAt(due.plusSeconds(1))).isFalse();

        recovery.contact(due.plusSeconds(10), ContactChannel.IN_PERSON, null, null);
        assertThat(recovery.isOverdueAt(due.plusSeconds(20))).as("contacted is not followed up").isTrue();

        recovery.followUp(RecoveryOutcome.DELIGHTED, due.plusSeconds(30), null);
        assertThat(recovery.isOverdueAt(due.plusSeconds(40))).isFalse();
        assertThat(recovery.isDueSoonAt(due.minusSeconds(40))).isFalse();
    }

    @Test
    void isNotDueSoon_whenTheFollowUpIsFarAway() {
        RecoveryCase recovery = RecoveryCase.open("r", "t", "Ticket 9", false, null, false, SUBMITTED.plus(Duration.ofDays(7)), SUBMITTED);

        assertThat(recovery.isDueSoonAt(SUBMITTED)).isFalse();
        assertThat(recovery.isOverdueAt(SUBMITTED)).isFalse();
    }

    @Test
    void thankingThePeopleWhoWaited_happensOnce_andDoesNotMoveTheCase() {
        RecoveryCase recovery = openCase();

        recovery.thankBystanders(SUBMITTED, "Coffee vouchers for the queue");

        assertThat(recovery.thankBystanders()).isTrue();
        assertThat(recovery.status()).isEqualTo(RecoveryStatus.OPEN);
        assertThatThrownBy(() -> recovery.thankBystanders(SUBMITTED, null)).isInstanceOf(BystandersThankedAlready.class);
    }

    @Test
    void aCost_needsAKnownCurrency_andAtMostTwoDecimals() {
        assertThat(Remedy.isKnownCurrency("EUR")).isTrue();
        assertThat(Remedy.isKnownCurrency("eur")).isFalse();
        assertThat(Remedy.isKnownCurrency("XYZ")).isFalse();
        assertThat(Remedy.isValidCost(new BigDecimal("9.99"))).isTrue();
        assertThat(Remedy.isValidCost(new BigDecimal("9.999"))).isFalse();
        assertThat(Remedy.isValidCost(new BigDecimal("-1"))).isFalse();
        assertThatThrownBy(() -> Remedy.of(RemedyType.REFUND, BigDecimal.TEN, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLetterSent_isAStepWithItsChannelAndTemplate_thatDoesNotMoveTheCase() {
        RecoveryCase recovery = openCase();

        recovery.recordLetterSent(ContactChannel.EMAIL, "Apology and follow-up", SUBMITTED.plusSeconds(60));
        recovery.recordLetterSent(ContactChannel.LETTER, "Apology and follow-up", SUBMITTED.plusSeconds(120));

        assertThat(recovery.status()).isEqualTo(RecoveryStatus.OPEN);
        assertThat(recovery.steps()).extracting(RecoveryStepEntry::step, RecoveryStepEntry::letterChannel, RecoveryStepEntry::letterTemplate, RecoveryStepEntry::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RecoveryStep.LETTER_SENT, ContactChannel.EMAIL, "Apology and follow-up", null),
                        org.assertj.core.groups.Tuple.tuple(RecoveryStep.LETTER_SENT, ContactChannel.LETTER, "Apology and follow-up", null));
    }

    @Test
    void anonymise_takesOutTheCustomerAndTheNotes_andKeepsWhatInsightsCount() {
        RecoveryCase recovery = RecoveryCase.open("report-1", "team-1", "Order 48213", true, "Mrs Berger, room 241", false, null, SUBMITTED);
        recovery.contact(SUBMITTED.plusSeconds(60), ContactChannel.PHONE, "Shift lead", "Called Mrs Berger");
        recovery.close(RecoveryOutcome.SATISFIED, SUBMITTED.plusSeconds(240), "She was fine");

        recovery.anonymise(SUBMITTED.plus(Duration.ofDays(800)));

        assertThat(recovery.isAnonymised()).isTrue();
        assertThat(recovery.customerRef()).isEmpty();
        assertThat(recovery.note()).isNull();
        assertThat(recovery.apologyBy()).isNull();
        assertThat(recovery.steps()).extracting(RecoveryStepEntry::note).containsOnlyNulls();
        assertThat(recovery.steps()).extracting(RecoveryStepEntry::step).contains(RecoveryStep.CONTACTED, RecoveryStep.CLOSED);
        assertThat(recovery.status()).isEqualTo(RecoveryStatus.CLOSED);
        assertThat(recovery.outcome()).isEqualTo(RecoveryOutcome.SATISFIED);
        assertThat(recovery.apologyChannel()).isEqualTo(ContactChannel.PHONE);
    }

    @Test
    void anOpenCase_isNotAnonymised() {
        assertThatThrownBy(() -> openCase().anonymise(SUBMITTED)).isInstanceOf(IllegalStateException.class);
    }
}
