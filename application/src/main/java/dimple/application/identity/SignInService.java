package dimple.application.identity;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.SignInDelay;
import dimple.domain.identity.SignInDelayRepository;
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
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a username and password, keeps the sign-in delays and audits the outcome. Every refusal
 * looks and takes the same whether the account exists, is disabled or the password is wrong: an
 * unknown username is checked against a dummy hash.
 *
 * <p>Guessing is slowed down per username-and-address and per address ({@link SignInDelay}), never per
 * account alone, so nobody can lock a person out by typing wrong passwords for them (docs/adr/0015).
 *
 * <p>Argon2id is deliberately slow, and HTTP Basic sends the password with every API call. A
 * successful check is therefore remembered for {@link #REMEMBERED_FOR} as an HMAC of the password
 * under a key that lives only in this process, tied to the stored hash: a later call with the same
 * password skips Argon2, while a changed password, a disabled account, or any other password takes
 * the full path.
 */
@ApplicationScoped
@Transactional
public class SignInService {
    public static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    /** The channel name of HTTP Basic sign-ins. */
    public static final String API = "api";
    /** The client address recorded when none is known. */
    public static final String UNKNOWN_ADDRESS = "unknown";
    private static final int MAX_REMEMBERED = 10_000;

    private AccountRepository accounts;
    private SignInDelayRepository delays;
    private PasswordHasher hasher;
    private AuditTrail audit;
    private Clock clock;
    private final byte[] rememberKey = new byte[32];
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();
    private volatile String dummyHash;

    protected SignInService() {
    }

    @Inject
    public SignInService(AccountRepository accounts, SignInDelayRepository delays, PasswordHasher hasher, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.delays = delays;
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
     * @param address the client's network address, for the sign-in delays
     */
    public SignInOutcome verify(String username, String password, String channel, String address) {
        Instant now = clock.instant();
        String from = address == null || address.isBlank() ? UNKNOWN_ADDRESS
                : address.strip().substring(0, Math.min(address.strip().length(), SignInDelay.MAX_ADDRESS));
        boolean nameable = Account.isValidUsername(username);
        // One read of each count per attempt: every API call signs in, so this path stays cheap.
        Optional<SignInDelay> byAddress = delays.findByKey(SignInDelay.addressKey(from));
        Optional<SignInDelay> byAccount = nameable ? delays.findByKey(SignInDelay.accountKey(username, from)) : Optional.empty();
        Optional<Instant> waitUntil = Stream.of(byAddress, byAccount)
                .flatMap(d -> d.flatMap(delay -> delay.blockedAt(now)).stream()).max(Instant::compareTo);
        if (waitUntil.isPresent()) {
            return SignInOutcome.waitUntil(waitUntil.get());
        }
        if (password == null || !nameable) {
            hasher.matches(password == null ? "" : password, dummyHash());
            return failed(username, from, channel, now);
        }
        Optional<Account> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            hasher.matches(password, dummyHash());
            return failed(username, from, channel, now);
        }
        Account account = found.get();
        if (!account.enabled()) {
            hasher.matches(password, dummyHash());
            audit.recordAs(AuditAction.ANONYMOUS, AuditAction.SIGN_IN_REFUSED, username, channel + ", account disabled");
            return SignInOutcome.refused();
        }
        boolean matches = isRemembered(account, password, now) || hasher.matches(password, account.passwordHash());
        if (!matches) {
            return failed(username, from, channel, now);
        }
        if (API.equals(channel) && account.mustChangePassword()) {
            audit.recordAs(AuditAction.ANONYMOUS, AuditAction.SIGN_IN_REFUSED, username, channel + ", one-time password");
            return SignInOutcome.refused();
        }
        if (account.oneTimePasswordExpiredAt(now)) {
            audit.recordAs(AuditAction.ANONYMOUS, AuditAction.SIGN_IN_REFUSED, username, channel + ", one-time password expired");
            return SignInOutcome.refused();
        }
        byAccount.ifPresent(d -> delays.delete(d.id()));
        remember(account, password, now);
        auditPageSignIn(account, channel);
        return SignInOutcome.accepted(account.username());
    }

    /**
     * A wrong current password on the password page counts like a failed sign-in of that username from
     * that address (not towards the address's own limit: the person is signed in already, so this is no
     * guessing across usernames).
     *
     * @return until when the person must wait, when this failure started a wait
     */
    public Optional<Instant> recordWrongPassword(String username, String address) {
        Instant now = clock.instant();
        String from = address == null || address.isBlank() ? UNKNOWN_ADDRESS : address;
        countForAccount(username, from, "password change", now);
        return waitUntil(username, from, now);
    }

    /** Until when attempts of this username from this address (or from this address at all) must wait. */
    public Optional<Instant> waitUntil(String username, String address, Instant now) {
        Optional<Instant> forAddress = delays.findByKey(SignInDelay.addressKey(address)).flatMap(d -> d.blockedAt(now));
        Optional<Instant> forAccount = username == null ? Optional.empty()
                : delays.findByKey(SignInDelay.accountKey(username, address)).flatMap(d -> d.blockedAt(now));
        return Stream.of(forAddress, forAccount).flatMap(Optional::stream).max(Instant::compareTo);
    }

    private SignInOutcome failed(String username, String address, String channel, Instant now) {
        audit.recordAs(AuditAction.ANONYMOUS, AuditAction.SIGN_IN_FAILED, username, channel);
        count(Account.isValidUsername(username) ? username : null, address, channel, now);
        return SignInOutcome.refused();
    }

    private void count(String username, String address, String channel, Instant now) {
        SignInDelay byAddress = delays.findByKeyToCount(SignInDelay.addressKey(address)).orElseGet(() -> SignInDelay.forAddress(address, now));
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

    private void countForAccount(String username, String address, String channel, Instant now) {
        SignInDelay byAccount = delays.findByKeyToCount(SignInDelay.accountKey(username, address))
                .orElseGet(() -> SignInDelay.forAccount(username, address, now));
        if (byAccount.recordFailure(now)) {
            audit.recordAs(AuditAction.SYSTEM, AuditAction.SIGN_IN_DELAYED, username,
                    channel + ": " + byAccount.failures() + " failed sign-ins in a row from " + address + "; the next try waits until "
                            + byAccount.blockedUntil());
        }
        delays.save(byAccount);
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
