package dimple.application.audit;

import dimple.application.shared.CurrentUser;
import dimple.domain.audit.AuditEntry;
import dimple.domain.audit.AuditEntryRepository;
import dimple.domain.audit.ConfidentialActivity;
import dimple.domain.audit.ConfidentialActivityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Writes the audit trail. Joins the caller's transaction, so an entry is kept exactly when the change
 * it describes is kept. Passwords, session ids and confidential identities are never passed in.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {
    private AuditEntryRepository entries;
    private ConfidentialActivityRepository confidential;
    private CurrentUser currentUser;
    private Clock clock;

    protected AuditTrail() {
    }

    @Inject
    public AuditTrail(AuditEntryRepository entries, ConfidentialActivityRepository confidential, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.confidential = confidential;
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

    /**
     * Records that the signed-in person was refused something they tried ({@code what}: the method and
     * the kind of address, with record ids left out). In a transaction of its own, because the refused
     * use case's transaction, if any, has rolled back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String what) {
        currentUser.username().ifPresent(username -> recordAs(username, AuditAction.ACCESS_REFUSED, what, null));
    }

    /** Records an action in a transaction of its own: kept although the caller's transaction rolls back (a refusal it describes). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordApart(String actor, String action, String target, String detail) {
        recordAs(actor, action, target, detail);
    }

    /**
     * Records what the reporter of a confidential report did on it. Kept in the same transaction, but
     * with its day only, and readable in the trail only once that day is over (as
     * {@value AuditAction#CONFIDENTIAL_REPORTER}, in random order among the day's others): see
     * {@link ConfidentialActivityRelease} and docs/adr/0007.
     */
    public void recordConfidential(String action, String target, String detail) {
        confidential.append(ConfidentialActivity.on(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), action, target, detail));
    }
}
