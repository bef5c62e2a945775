package dimple.application.identity;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a username and password, keeps the sign-in throttle and audits the outcome. Every refusal
 * looks and takes the same whether the account exists, is locked, is disabled or the password is
 * wrong: an unknown username is checked against a dummy hash.
 *
 * <p>Argon2id is deliberately slow, and HTTP Basic sends the password with every API call. A
 * successful check is therefore remembered for {@link #REMEMBERED_FOR} as an HMAC of the password
 * under a key that lives only in this process, tied to the stored hash: a later call with the same
 * password skips Argon2, while a changed password, a disabled or locked account, or any other
 * password takes the full path.
 */
@ApplicationScoped
@Transactional
public class SignInService {
    public static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    /** The channel name of HTTP Basic sign-ins. */
    public static final String API = "api";
    private static final int MAX_REMEMBERED = 10_000;

    private AccountRepository accounts;
    private PasswordHasher hasher;
    private AuditTrail audit;
    private Clock clock;
    private final byte[] rememberKey = new byte[32];
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();
    private volatile String dummyHash;

    protected SignInService() {
    }

    @Inject
    public SignInService(AccountRepository accounts, PasswordHasher hasher, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        new SecureRandom().nextBytes(rememberKey);
    }

    /** Prepares the dummy hash at start, so that the first refusal takes as long as every other. */
    @jakarta.annotation.PostConstruct
    void prepareDummyHash() {
        dummyHash();
    }

    private record Remembered(String storedHash, byte[] passwordMac, Instant until) {
    }

    /**
     * @param channel where the attempt came from ({@code page} or {@code api}), for the audit trail
     * @return the account's username when the sign-in is accepted
     */
    public Optional<String> verify(String username, String password, String channel) {
        Instant now = clock.instant();
        if (username == null || password == null || !Account.isValidUsername(username)) {
            hasher.matches(password == null ? "" : password, dummyHash());
            audit.recordAs(AuditAction.ANONYMOUS, AuditAction.SIGN_IN_FAILED, username == null ? null : username, channel);
            return Optional.empty();
        }
        Optional<Account> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            hasher.matches(password, dummyHash());
            audit.recordAs(AuditAction.ANONYMOUS, AuditAction.SIGN_IN_FAILED, username, channel);
            return Optional.empty();
        }
        Account account = found.get();
        if (!account.maySignInAt(now)) {
            hasher.matches(password, dummyHash());
            String why = account.enabled() ? "account locked" : "account disabled";
            audit.recordAs(AuditAction.ANONYMOUS, AuditAction.SIGN_IN_REFUSED, username, channel + ", " + why);
            return Optional.empty();
        }
        if (isRemembered(account, password, now)) {
            if (account.failedSignIns() > 0) {
                account.recordSuccessfulSignIn();
                accounts.save(account);
            }
            auditPageSignIn(account, channel);
            return Optional.of(account.username());
        }
        if (hasher.matches(password, account.passwordHash())) {
            boolean hadFailures = account.failedSignIns() > 0;
            account.recordSuccessfulSignIn();
            if (hadFailures) {
                accounts.save(account);
            }
            remember(account, password, now);
            auditPageSignIn(account, channel);
            return Optional.of(account.username());
        }
        boolean locked = account.recordFailedSignIn(now);
        accounts.save(account);
        audit.recordAs(AuditAction.ANONYMOUS, AuditAction.SIGN_IN_FAILED, username, channel);
        if (locked) {
            audit.recordAs(AuditAction.SYSTEM, AuditAction.ACCOUNT_LOCKED, username,
                    "after " + Account.MAX_FAILED_SIGN_INS + " failed sign-ins, for " + Account.LOCK_DURATION.toMinutes() + " minutes");
        }
        return Optional.empty();
    }

    /**
     * Page sign-ins are audited, also when the password was remembered from a recent API call. API calls
     * are not: an API call signs in and acts in the same instant, and an audited sign-in beside an
     * anonymous confidential submission would name the reporter.
     */
    private void auditPageSignIn(Account account, String channel) {
        if (!API.equals(channel)) {
            audit.recordAs(account.username(), AuditAction.SIGNED_IN, account.username(), channel);
        }
    }

    /** The permissions of an enabled account; none for a disabled or unknown one. */
    public Set<String> permissionsOf(String username) {
        return accounts.findByUsername(username).filter(Account::enabled).map(Account::permissions).orElse(Set.of());
    }

    /** Drops what is remembered about a successful sign-in, e.g. after a password change. */
    public void forget(String username) {
        remembered.remove(username);
    }

    private boolean isRemembered(Account account, String password, Instant now) {
        Remembered entry = remembered.get(account.username());
        if (entry == null) {
            return false;
        }
        if (!now.isBefore(entry.until()) || !entry.storedHash().equals(account.passwordHash())) {
            remembered.remove(account.username(), entry);
            return false;
        }
        return MessageDigest.isEqual(entry.passwordMac(), mac(password));
    }

    private void remember(Account account, String password, Instant now) {
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(account.username(), new Remembered(account.passwordHash(), mac(password), now.plus(REMEMBERED_FOR)));
    }

    private byte[] mac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(rememberKey, "HmacSHA256"));
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            hash = hasher.hash(java.util.HexFormat.of().formatHex(random));
            dummyHash = hash;
        }
        return hash;
    }
}
