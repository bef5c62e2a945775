package dimple.application.identity;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.SignedInSession;
import dimple.domain.identity.SignedInSessionRepository;
import dimple.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The page sessions people are signed in with (docs/adr/0013). A session is known by a 256-bit secret
 * that only the browser holds (in an HttpOnly cookie); Dimple keeps its SHA-256. A page request counts
 * as signed in only while its secret names a live session of the signed-in person, so a session ends
 * everywhere at once when it is deleted here: at sign-out, from the person's own list, when the
 * password changes, when an administrator ends it, after {@link SessionPolicy#idle()} without use and
 * after {@link SessionPolicy#lifetime()} in any case.
 */
@ApplicationScoped
@Transactional
public class SessionService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;

    private SignedInSessionRepository sessions;
    private AccountRepository accounts;
    private CurrentUser currentUser;
    private CurrentActor actor;
    private AuditTrail audit;
    private SessionPolicy policy;
    private Clock clock;

    protected SessionService() {
    }

    @Inject
    public SessionService(SignedInSessionRepository sessions, AccountRepository accounts, CurrentUser currentUser, CurrentActor actor,
                          AuditTrail audit, SessionPolicy policy, Clock clock) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.actor = actor;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Starts a session for the person who has just signed in.
     *
     * @param device what the browser says it is, shortened, for the person's own list
     * @return the secret the browser keeps: 256 random bits, URL-safe Base64
     */
    @RequiresPermissions(Permission.ACCOUNT_OWN)
    public String start(String device) {
        Account me = me();
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.save(SignedInSession.start(me.id(), hash(secret), device, clock.instant(), policy.lifetime()));
        return secret;
    }

    /**
     * Is the request with this secret still signed in as the current person? Notes the use (at most once
     * a minute). False for a missing, unknown, ended, idle or expired session, or one of someone else.
     */
    @RequiresPermissions(Permission.ACCOUNT_OWN)
    public boolean stillSignedIn(String secret) {
        Optional<SignedInSession> found = live(secret);
        if (found.isEmpty()) {
            return false;
        }
        Account me = me();
        SignedInSession session = found.get();
        if (!session.belongsTo(me.id())) {
            return false;
        }
        if (session.seenAt(clock.instant())) {
            sessions.save(session);
        }
        return true;
    }

    /** Ends the session with this secret (signing out). Nothing happens for an unknown secret. */
    @RequiresPermissions(Permission.ACCOUNT_OWN)
    public void end(String secret) {
        Account me = me();
        if (secret != null) {
            sessions.findByTokenHash(hash(secret)).filter(s -> s.belongsTo(me.id())).ifPresent(s -> sessions.delete(s.id()));
        }
        audit.recordAs(me.username(), AuditAction.SIGNED_OUT, me.username(), null);
    }

    /** Where the person is signed in now, most recent first; the session of this request is marked as current. */
    @RequiresPermissions(Permission.ACCOUNT_OWN)
    public List<SessionView> mine() {
        Account me = me();
        Instant now = clock.instant();
        String current = currentUser.sessionSecret().map(SessionService::hash).orElse(null);
        return sessions.findByAccount(me.id()).stream().filter(s -> s.isLiveAt(now, policy.idle()))
                .map(s -> new SessionView(s.id(), s.startedAt(), s.lastSeenAt(), s.endsAt(), s.device(), s.tokenHash().equals(current)))
                .toList();
    }

    /** Ends one of the person's own sessions, e.g. on a computer they forgot to sign out of. */
    @RequiresPermissions(Permission.ACCOUNT_OWN)
    public void endMine(String sessionId) {
        Account me = me();
        SignedInSession session = (Ids.looksLikeId(sessionId) ? sessions.findById(sessionId) : Optional.<SignedInSession>empty())
                .filter(s -> s.belongsTo(me.id())).orElseThrow(() -> new RecordNotFound("session"));
        sessions.delete(session.id());
        audit.recordAs(me.username(), AuditAction.SESSIONS_ENDED, me.username(), "1 session, by the person");
    }

    /** Ends every session of the person but the one of this request; returns how many ended. */
    @RequiresPermissions(Permission.ACCOUNT_OWN)
    public int endMyOthers() {
        Account me = me();
        int ended = endOthersOf(sessions, currentUser, me);
        if (ended > 0) {
            audit.recordAs(me.username(), AuditAction.SESSIONS_ENDED, me.username(), ended + " other sessions, by the person");
        }
        return ended;
    }

    /** Ends every session of this account but the one of the current request (all of them for an API call). */
    static int endOthersOf(SignedInSessionRepository sessions, CurrentUser currentUser, Account account) {
        String keep = currentUser.sessionSecret().flatMap(secret -> sessions.findByTokenHash(hash(secret)))
                .filter(s -> s.belongsTo(account.id())).map(SignedInSession::id).orElse(null);
        return sessions.deleteByAccountExcept(account.id(), keep);
    }

    /** An administrator signs a person out everywhere; returns how many sessions ended. */
    @RequiresPermissions(Permission.ACCOUNT_MANAGE)
    public int endAllOf(String username) {
        Account account = (Account.isValidUsername(username) ? accounts.findByUsername(username) : Optional.<Account>empty())
                .orElseThrow(() -> new RecordNotFound("account"));
        int ended = sessions.deleteByAccountExcept(account.id(), null);
        audit.record(AuditAction.SESSIONS_ENDED, account.username(), ended + " sessions, by an administrator");
        return ended;
    }

    private Optional<SignedInSession> live(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return sessions.findByTokenHash(hash(secret)).filter(s -> s.isLiveAt(now, policy.idle()));
    }

    private Account me() {
        return actor.account(accounts);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
