package dimple.domain.identity;

import dimple.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Slows down password guessing without letting anyone lock a person out (docs/adr/0015). Failed
 * sign-ins are counted twice: for the username as typed together with the client address it came
 * from, and for the client address alone.
 *
 * <ul>
 *   <li>Username and address: after {@link #FREE_ATTEMPTS} failures each further attempt waits twice as
 *   long as the one before (1 s, 2 s, 4 s ...), at most {@link #LONGEST_WAIT}. Somebody guessing from
 *   elsewhere slows down only their own address, never the person signing in from theirs.</li>
 *   <li>Address: more than {@link #ADDRESS_LIMIT} failures within {@link #ADDRESS_WINDOW} stop that
 *   address from trying any account until the window is over.</li>
 * </ul>
 * A success clears the username-and-address count; an administrator can clear any count.
 */
@Entity
@Table(name = "sign_in_delay")
public class SignInDelay {
    public static final int FREE_ATTEMPTS = 3;
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    public static final int ADDRESS_LIMIT = 50;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    /** A count with no failure for this long starts again from zero. */
    public static final Duration FORGOTTEN_AFTER = Duration.ofHours(24);
    public static final int MAX_ADDRESS = 64;

    @Id
    @Column(length = 36)
    private String id;

    /** {@code account} or {@code address}, and the key: username and address, or address alone. */
    @Column(name = "throttle_key", nullable = false, unique = true, length = 160)
    private String key;

    /** The username as typed (also for a username that does not exist), or null for an address count. */
    @Column(length = 40)
    private String username;

    @Column(nullable = false, length = MAX_ADDRESS)
    private String address;

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failure_at", nullable = false)
    private Instant firstFailureAt;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Version
    private long version;

    protected SignInDelay() {
    }

    public static String accountKey(String username, String address) {
        return "account:" + username + "@" + address;
    }

    public static String addressKey(String address) {
        return "address:" + address;
    }

    /** A new count for the username as typed and the address it came from. */
    public static SignInDelay forAccount(String username, String address, Instant at) {
        return new SignInDelay(accountKey(username, address), username, address, at);
    }

    /** What a count of wrong receipt codes keeps as its address: it counts per signed-in person, from anywhere. */
    public static final String RECEIPT_CODES = "receipt codes";

    public static String receiptCodeKey(String username) {
        return "receipt:" + username;
    }

    /**
     * A new count of wrong receipt codes typed by this signed-in person (docs/adr/0050): waits double after
     * {@link #FREE_ATTEMPTS} failures in a row, as a username's do.
     */
    public static SignInDelay forReceiptCodes(String username, Instant at) {
        return new SignInDelay(receiptCodeKey(username), username, RECEIPT_CODES, at);
    }

    /** A new count for the address alone. */
    public static SignInDelay forAddress(String address, Instant at) {
        return new SignInDelay(addressKey(address), null, address, at);
    }

    private SignInDelay(String key, String username, String address, Instant at) {
        this.id = Ids.newId();
        this.key = Objects.requireNonNull(key);
        this.username = username;
        this.address = Objects.requireNonNull(address);
        this.firstFailureAt = Objects.requireNonNull(at);
        this.lastFailureAt = at;
    }

    public boolean isForAccount() {
        return username != null;
    }

    /** Until when attempts are refused, or empty when one may try now. */
    public java.util.Optional<Instant> blockedAt(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil) ? java.util.Optional.of(blockedUntil) : java.util.Optional.empty();
    }

    /**
     * Counts one more failure.
     *
     * @return true when this failure started a wait (the caller audits that, once, not every attempt)
     */
    public boolean recordFailure(Instant now) {
        boolean wasBlocked = blockedAt(now).isPresent();
        if (isForgottenAt(now) || (!isForAccount() && !now.isBefore(firstFailureAt.plus(ADDRESS_WINDOW)))) {
            failures = 0;
            firstFailureAt = now;
            blockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (isForAccount()) {
            if (failures >= FREE_ATTEMPTS) {
                blockedUntil = now.plus(waitAfter(failures));
            }
        } else if (failures > ADDRESS_LIMIT) {
            blockedUntil = firstFailureAt.plus(ADDRESS_WINDOW);
        }
        return !wasBlocked && blockedAt(now).isPresent();
    }

    /** The wait after the n-th failure in a row: none before {@link #FREE_ATTEMPTS}, then doubling up to {@link #LONGEST_WAIT}. */
    public static Duration waitAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = failures - FREE_ATTEMPTS;
        if (doublings >= 20) {
            return LONGEST_WAIT;
        }
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** Nothing here slows anyone down any more, and nothing will: it can be deleted. */
    public boolean isForgottenAt(Instant now) {
        return !now.isBefore(lastFailureAt.plus(FORGOTTEN_AFTER)) && blockedAt(now).isEmpty();
    }

    public String id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String username() {
        return username;
    }

    public String address() {
        return address;
    }

    public int failures() {
        return failures;
    }

    public Instant firstFailureAt() {
        return firstFailureAt;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }

    public Instant blockedUntil() {
        return blockedUntil;
    }
}
