package dimple.application.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.InMemoryDimple;
import dimple.application.audit.AuditAction;
import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.domain.identity.Account;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Role;
import dimple.domain.retention.RecordType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionServiceTest {
    private final InMemoryDimple dimple = new InMemoryDimple();
    private final InMemoryRetentionPeriods periods = new InMemoryRetentionPeriods();
    private final LocalDate today = LocalDate.of(2026, 3, 2);
    private final RecordsOfDays reports = new RecordsOfDays(RecordType.REPORTS)
            .with(3, LocalDate.of(2018, 5, 1), false).with(1, LocalDate.of(2017, 1, 9), true).with(2, LocalDate.of(2025, 1, 1), false);
    private final RecordsOfDays auditLog = new RecordsOfDays(RecordType.AUDIT_LOG).with(5, LocalDate.of(2023, 2, 1), false);
    private final RetentionService service = new RetentionService(periods, List.of(reports, auditLog), dimple.accounts, dimple.actor, dimple.audit,
            dimple.clock);
    private final Account ada;

    RetentionServiceTest() {
        ada = dimple.givenAccount("ada", "a long enough passphrase", Role.ADMIN);
        dimple.currentUser.signedInAs("ada", Role.ADMIN.permissions().toArray(String[]::new));
    }

    @Test
    void aNewInstallation_keepsEverythingForEver_andThePreviewRemovesNothing() {
        assertThat(service.periods()).isEqualTo(new RetentionPeriodsView(null, null, null, null));
        RetentionPreview preview = service.preview();

        assertThat(preview.day()).isEqualTo(today);
        assertThat(preview.types()).extracting(DueView::recordType).containsExactly("REPORTS", "RECOVERY_CASES", "COACHING_RECORDS", "AUDIT_LOG");
        assertThat(preview.types()).allSatisfy(line -> {
            assertThat(line.due()).isZero();
            assertThat(line.months()).isNull();
        });
        assertThat(periods.byType).isEmpty();
    }

    @Test
    void settingPeriods_storesWhoAndWhen_auditsEachChange_andClearingOneKeepsForEverAgain() {
        RetentionPeriodsView set = service.change(new RetentionPeriodsView(84, null, null, 24));

        assertThat(set).isEqualTo(new RetentionPeriodsView(84, null, null, 24));
        assertThat(periods.byType.get(RecordType.REPORTS).changedByAccountId()).isEqualTo(ada.id());
        assertThat(dimple.auditEntries.withAction(AuditAction.RETENTION_PERIOD_CHANGED)).extracting(e -> e.actor() + " " + e.target() + " " + e.detail())
                .containsExactly("ada REPORTS kept for ever -> 84 months", "ada AUDIT_LOG kept for ever -> 24 months");

        service.change(new RetentionPeriodsView(84, null, null, null));

        assertThat(service.periods().auditLogMonths()).isNull();
        assertThat(dimple.auditEntries.withAction(AuditAction.RETENTION_PERIOD_CHANGED)).hasSize(3);
        assertThat(dimple.auditEntries.last().detail()).isEqualTo("24 months -> kept for ever");
    }

    @Test
    void aPeriodOutOfRange_isRefusedNamingItsField_andNothingChanges() {
        service.change(new RetentionPeriodsView(84, null, null, null));

        assertThatThrownBy(() -> service.change(new RetentionPeriodsView(12, 0, null, 601)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("recoveryCasesMonths", "auditLogMonths"));
        assertThat(service.periods()).isEqualTo(new RetentionPeriodsView(84, null, null, null));
    }

    @Test
    void thePreview_countsWhatIsPastItsPeriod_withTheOldestDay_andTheHeldApart() {
        service.change(new RetentionPeriodsView(84, null, null, 24));

        RetentionPreview preview = service.preview();

        DueView reportLine = preview.types().get(0);
        assertThat(reportLine.treatment()).isEqualTo("ANONYMISE");
        assertThat(reportLine.months()).isEqualTo(84);
        assertThat(reportLine.due()).as("kept from 2019-03-02: three of 2018, not the two of 2025").isEqualTo(3);
        assertThat(reportLine.oldestDay()).isEqualTo(LocalDate.of(2018, 5, 1));
        assertThat(reportLine.held()).isEqualTo(1);
        DueView auditLine = preview.types().get(3);
        assertThat(auditLine.treatment()).isEqualTo("DELETE");
        assertThat(auditLine.due()).isEqualTo(5);
        assertThat(reports.kept).as("a preview removes nothing").hasSize(6);
    }

    @Test
    void thePreviewSaysCountsAndDaysOnly_neverATitleANameOrANarrative() {
        assertThat(Arrays.stream(DueView.class.getRecordComponents()).map(c -> c.getType().getSimpleName()))
                .containsExactly("String", "String", "Integer", "long", "LocalDate", "long");
    }

    @Test
    void onlyAdministratorsHoldTheRetentionPermission() {
        assertThat(Arrays.stream(Role.values()).filter(r -> r.permissions().contains(Permission.RETENTION_DEFINE))).containsExactly(Role.ADMIN);
    }
}
