package dimple.application.reporting;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.domain.identity.SignInDelay;
import dimple.domain.identity.SignInDelayRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts wrong receipt codes per signed-in person in the sign-in delays' table (docs/adr/0015, 0050): three are free,
 * then each further try waits twice as long as the one before, up to 15 minutes. A wait starting is audited under
 * the person's name, never with the code; single typos are not audited. Runs in the caller's transaction, which must
 * not roll back on the {@code 404} that follows a wrong code.
 */
@ApplicationScoped
public class ReceiptCodeGuesses {
    private SignInDelayRepository delays;
    private AuditTrail audit;

    protected ReceiptCodeGuesses() {
    }

    @Inject
    public ReceiptCodeGuesses(SignInDelayRepository delays, AuditTrail audit) {
        this.delays = delays;
        this.audit = audit;
    }

    /** Until when this person's next try is not taken, if a wait is in force. */
    public Optional<Instant> waitUntil(String username, Instant now) {
        return delays.findByKey(SignInDelay.receiptCodeKey(username)).flatMap(d -> d.blockedAt(now));
    }

    /** One more wrong code typed by this person. */
    public void wrong(String username, Instant now) {
        SignInDelay count = delays.lockedToCount(SignInDelay.forReceiptCodes(username, now));
        if (count.recordFailure(now)) {
            audit.recordAs(AuditAction.SYSTEM, AuditAction.SIGN_IN_DELAYED, username,
                    count.failures() + " wrong receipt codes in a row; the next try waits until " + count.blockedUntil());
        }
        delays.save(count);
    }
}
