package dimple.application.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.InMemoryDimple;
import dimple.application.audit.AuditAction;
import dimple.domain.audit.AuditEntry;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Role;
import org.junit.jupiter.api.Test;

class BackupServiceTest {
    private final InMemoryDimple dimple = new InMemoryDimple();

    BackupServiceTest() {
        dimple.givenAccount("ada", "a long enough passphrase", Role.ADMIN);
        dimple.currentUser.signedInAs("ada", Role.ADMIN.permissions().toArray(String[]::new));
    }

    @Test
    void aBackup_isAuditedWithItsFileAndSize_andWhoStartedIt() {
        BackupService service = new BackupService(at -> new BackupView("dimple-20260302T090000Z.zip", 4096, at), dimple.audit, dimple.clock);

        BackupView taken = service.take();

        assertThat(taken.takenAt()).isEqualTo(InMemoryDimple.START);
        AuditEntry entry = dimple.auditEntries.last();
        assertThat(entry.action()).isEqualTo(AuditAction.BACKUP_TAKEN);
        assertThat(entry.actor()).isEqualTo("ada");
        assertThat(entry.target()).isEqualTo("dimple-20260302T090000Z.zip");
        assertThat(entry.detail()).isEqualTo("4096 bytes");
    }

    @Test
    void aDatabaseServer_isRefused_andNothingIsAudited() {
        BackupService service = new BackupService(at -> {
            throw new BackupNotOffered();
        }, dimple.audit, dimple.clock);
        int before = dimple.auditEntries.all().size();

        assertThatThrownBy(service::take).isInstanceOf(BackupNotOffered.class).hasMessageContaining(BackupNotOffered.CODE);
        assertThat(dimple.auditEntries.all()).hasSize(before);
    }

    @Test
    void onlyAdministrators_holdThePermission() {
        assertThat(Role.ADMIN.permissions()).contains(Permission.BACKUP_TAKE);
        for (Role role : new Role[] {Role.EMPLOYEE, Role.LEADER, Role.HR}) {
            assertThat(role.permissions()).as(role.name()).doesNotContain(Permission.BACKUP_TAKE);
        }
    }
}
