package dimple.application.bootstrap;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * An administrator has the running application back up its embedded database (H2 holds its file open,
 * so a copy of the file taken meanwhile may be torn). The file stays in the server's backup folder: the
 * administrator learns its name and size, never its content. Every backup is in the audit log.
 */
@ApplicationScoped
@Transactional
public class BackupService {
    private DatabaseBackup backup;
    private AuditTrail audit;
    private Clock clock;

    protected BackupService() {
    }

    @Inject
    public BackupService(DatabaseBackup backup, AuditTrail audit, Clock clock) {
        this.backup = backup;
        this.audit = audit;
        this.clock = clock;
    }

    @RequiresPermissions(Permission.BACKUP_TAKE)
    public BackupView take() {
        BackupView taken = backup.take(clock.instant());
        audit.record(AuditAction.BACKUP_TAKEN, taken.file(), taken.bytes() + " bytes");
        return taken;
    }
}
