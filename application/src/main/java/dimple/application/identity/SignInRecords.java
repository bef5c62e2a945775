package dimple.application.identity;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.domain.identity.SignInDelay;
import dimple.domain.identity.SignInDelayRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * What a sign-in writes, each in one short transaction once the password has been checked: a failure's
 * audit entry and its counts (ADR 15), a refusal's or a page sign-in's audit entry, a cleared count.
 * {@link SignInService} holds no transaction (and so no database connection) while Argon2 runs, and
 * stores a key's first count before it counts, so that failures at the same moment lock one count each
 * and every one is counted and audited.
 */
@ApplicationScoped
@Transactional
public class SignInRecords {
    private SignInDelayRepository delays;
    private AuditTrail audit;

    protected SignInRecords() {
    }

    @Inject
    public SignInRecords(SignInDelayRepository delays, AuditTrail audit) {
        this.delays = delays;
        this.audit = audit;
    }

    /**
     * A failed sign-in: audited with the username as typed, counted for the address and, when the
     * username could be one, for the username and address.
     */
    public void failed(String typed, String username, String address, String channel, Instant now) {
        audit.recordAs(AuditAction.ANONYMOUS, AuditAction.SIGN_IN_FAILED, typed, channel);
        SignInDelay byAddress = delays.lockedToCount(SignInDelay.forAddress(address, now));
        if (byAddress.recordFailure(now)) {
            audit.recordAs(AuditAction.SYSTEM, AuditAction.SIGN_IN_DELAYED, address,
                    channel + ": more than " + SignInDelay.ADDRESS_LIMIT + " failed sign-ins from this address within "
                            + SignInDelay.ADDRESS_WINDOW.toMinutes() + " minutes; it waits until " + byAddress.blockedUntil());
        }
        delays.save(byAddress);
        if (username != null) {
            countForAccount(username, address, channel, now);
        }
    }

    /** One more failure of the username from the address (also a wrong current password on the password page). */
    public void countForAccount(String username, String address, String channel, Instant now) {
        SignInDelay byAccount = delays.lockedToCount(SignInDelay.forAccount(username, address, now));
        if (byAccount.recordFailure(now)) {
            audit.recordAs(AuditAction.SYSTEM, AuditAction.SIGN_IN_DELAYED, username,
                    channel + ": " + byAccount.failures() + " failed sign-ins in a row from " + address + "; the next try waits until "
                            + byAccount.blockedUntil());
        }
        delays.save(byAccount);
    }

    /** The password was right, but the account may not sign in this way (disabled, one-time password). */
    public void refused(String username, String why) {
        audit.recordAs(AuditAction.ANONYMOUS, AuditAction.SIGN_IN_REFUSED, username, why);
    }

    /**
     * A successful sign-in: the username-and-address count (if any) is cleared; a page sign-in is
     * audited ({@code channel} null for an API call, which is not).
     */
    public void accepted(String username, String clearedCountId, String pageChannel) {
        if (clearedCountId != null) {
            delays.delete(clearedCountId);
        }
        if (pageChannel != null) {
            audit.recordAs(username, AuditAction.SIGNED_IN, username, pageChannel);
        }
    }
}
