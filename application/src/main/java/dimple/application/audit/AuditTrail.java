package dimple.application.audit;

import dimple.application.shared.CurrentUser;
import dimple.domain.audit.AuditEntry;
import dimple.domain.audit.AuditEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Writes the audit trail. Joins the caller's transaction, so an entry is kept exactly when the change
 * it describes is kept. Passwords, session ids and confidential identities are never passed in.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {
    private AuditEntryRepository entries;
    private CurrentUser currentUser;
    private Clock clock;

    protected AuditTrail() {
    }

    @Inject
    public AuditTrail(AuditEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action by whoever is signed in (or the system, when nobody is). */
    public void record(String action, String target, String detail) {
        recordAs(currentUser.username().orElse(AuditAction.SYSTEM), action, target, detail);
    }

    public void recordAs(String actor, String action, String target, String detail) {
        entries.append(AuditEntry.of(clock.instant(), actor, action, target, detail));
    }
}
