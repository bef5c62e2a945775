package dimple.application.identity;

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
 * Checking a password holds no transaction: the counts and the account are read, the password is
 * hashed, and only then is the outcome written ({@link SignInRecords}), in a short transaction of its
 * own. A failure whose counts do not exist yet stores them first, each committed on its own, so that
 * failures at the same moment count on the same rows and every one is counted and audited. The counts
 * are read again after the slow check: a wait that guesses sent at the same moment started meanwhile
 * answers this attempt too, whatever its password.
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
    private SignInRecords records;
    private Clock clock;
    private final byte[] rememberKey = new byte[32];
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();
    private volatile String dummyHash;

    protected SignInService() {
    }

    @Inject
    public SignInService(AccountRepository accounts, SignInDelayRepository delays, PasswordHasher hasher, SignInRecords records, Clock clock) {
        this.accounts = accounts;
        this.delays = delays;
        this.hasher = hasher;
        this.records = records;
        this.clock = clock;
        new SecureRandom().nextBytes(rememberKey);
    }

    /** Outside the container, with the records written through the same repositories. */
    public SignInService(AccountRepository accounts, SignInDelayRepository delays, PasswordHasher hasher, AuditTrail audit, Clock clock) {
        this(accounts, delays, hasher, new SignInRecords(delays, audit), clock);
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
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
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
            return failed(username, from, channel, now, byAddress, byAccount, waitStartedMeanwhile(username, from));
        }
        Optional<Account> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            hasher.matches(password, dummyHash());
            return failed(username, from, channel, now, byAddress, byAccount, waitStartedMeanwhile(username, from));
        }
        Account account = found.get();
        if (!account.enabled()) {
            hasher.matches(password, dummyHash());
            Optional<Instant> meanwhile = waitStartedMeanwhile(username, from);
            if (meanwhile.isPresent()) {
                return SignInOutcome.waitUntil(meanwhile.get());
            }
            records.refused(username, channel + ", account disabled");
            return SignInOutcome.refused();
        }
        boolean remembered = isRemembered(account, password, now);
        boolean matches = remembered || hasher.matches(password, account.passwordHash());
        // A remembered password took no slow check, so nothing can have started a wait since the read above.
        Optional<Instant> meanwhile = remembered ? Optional.empty() : waitStartedMeanwhile(username, from);
        if (!matches) {
            return failed(username, from, channel, now, byAddress, byAccount, meanwhile);
        }
        if (meanwhile.isPresent()) {
            return SignInOutcome.waitUntil(meanwhile.get());
        }
        if (API.equals(channel) && account.mustChangePassword()) {
            records.refused(username, channel + ", one-time password");
            return SignInOutcome.refused();
        }
        if (account.oneTimePasswordExpiredAt(now)) {
            records.refused(username, channel + ", one-time password expired");
            return SignInOutcome.refused();
        }
        remember(account, password, now);
        // Page sign-ins are audited, also when the password was remembered from a recent API call. API calls
        // are not: an API call signs in and acts in the same instant, and an audited sign-in beside an
        // anonymous confidential submission would name the reporter.
        String pageChannel = API.equals(channel) ? null : channel;
        if (byAccount.isPresent() || pageChannel != null) {
            records.accepted(account.username(), byAccount.map(SignInDelay::id).orElse(null), pageChannel);
        }
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
        records.countForAccount(username, from, "password change", now);
        return waitUntil(username, from, now);
    }

    /** Until when attempts of this username from this address (or from this address at all) must wait. */
    public Optional<Instant> waitUntil(String username, String address, Instant now) {
        Optional<Instant> forAddress = delays.findByKey(SignInDelay.addressKey(address)).flatMap(d -> d.blockedAt(now));
        Optional<Instant> forAccount = username == null ? Optional.empty()
                : delays.findByKey(SignInDelay.accountKey(username, address)).flatMap(d -> d.blockedAt(now));
        return Stream.of(forAddress, forAccount).flatMap(Optional::stream).max(Instant::compareTo);
    }

    /**
     * Counts and audits a failure. Counts that do not exist yet are stored first, each on its own (no
     * transaction is open here), so that failures at the same moment lock the same count instead of each
     * inserting it and all but one being refused by its unique key.
     */
    private SignInOutcome failed(String username, String address, String channel, Instant now,
                                 Optional<SignInDelay> byAddress, Optional<SignInDelay> byAccount, Optional<Instant> meanwhile) {
        String countable = Account.isValidUsername(username) ? username : null;
        if (byAddress.isEmpty()) {
            delays.storeFirst(SignInDelay.forAddress(address, now));
        }
        if (countable != null && byAccount.isEmpty()) {
            delays.storeFirst(SignInDelay.forAccount(countable, address, now));
        }
        records.failed(username, countable, address, channel, now);
        return meanwhile.map(SignInOutcome::waitUntil).orElseGet(SignInOutcome::refused);
    }

    /**
     * A wait that other attempts started while this one's password was being checked. Guesses sent at the
     * same moment all pass the first look at the counts before any of them is counted; each is answered
     * by the counts as they are once its slow check is done, so a burst gets no more answers than the
     * attempts allowed (give or take the few checks that run at the same time), and during a wait the
     * right password is answered exactly like a wrong one.
     */
    private Optional<Instant> waitStartedMeanwhile(String username, String address) {
        return waitUntil(Account.isValidUsername(username) ? username : null, address, clock.instant());
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
