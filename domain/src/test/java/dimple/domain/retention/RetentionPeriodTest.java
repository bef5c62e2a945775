package dimple.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aPeriod_keepsEverythingFromThatManyMonthsAgo() {
        RetentionPeriod period = RetentionPeriod.of(RecordType.REPORTS, 84, "account-ada", NOW);

        assertThat(period.keptFrom(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2019, 12, 7));
        assertThat(period.changedByAccountId()).isEqualTo("account-ada");
    }

    @Test
    void aPeriod_runsFromOneMonthToFiftyYears_andNothingElse() {
        assertThat(RetentionPeriod.of(RecordType.AUDIT_LOG, 1, "a", NOW).months()).isEqualTo(1);
        assertThat(RetentionPeriod.of(RecordType.AUDIT_LOG, 600, "a", NOW).months()).isEqualTo(600);
        assertThatThrownBy(() -> RetentionPeriod.of(RecordType.AUDIT_LOG, 0, "a", NOW)).isInstanceOf(RetentionPeriodOutOfRange.class)
                .hasMessage("rule.retentionPeriodOutOfRange[1, 600]");
        assertThatThrownBy(() -> RetentionPeriod.of(RecordType.AUDIT_LOG, 601, "a", NOW)).isInstanceOf(RetentionPeriodOutOfRange.class);
    }

    @Test
    void changingAPeriod_saysWhetherItChanged_andARefusedOneKeepsTheOld() {
        RetentionPeriod period = RetentionPeriod.of(RecordType.RECOVERY_CASES, 24, "a", NOW);

        assertThat(period.change(24, "b", NOW)).isFalse();
        assertThat(period.change(36, "b", NOW)).isTrue();
        assertThatThrownBy(() -> period.change(-1, "b", NOW)).isInstanceOf(RetentionPeriodOutOfRange.class);
        assertThat(period.months()).isEqualTo(36);
    }

    @Test
    void reportsAndRecoveryCasesAreAnonymised_coachingRecordsAndTheAuditLogDeleted() {
        assertThat(RecordType.REPORTS.treatment()).isEqualTo(RecordType.Treatment.ANONYMISE);
        assertThat(RecordType.RECOVERY_CASES.treatment()).isEqualTo(RecordType.Treatment.ANONYMISE);
        assertThat(RecordType.COACHING_RECORDS.treatment()).isEqualTo(RecordType.Treatment.DELETE);
        assertThat(RecordType.AUDIT_LOG.treatment()).isEqualTo(RecordType.Treatment.DELETE);
    }
}
