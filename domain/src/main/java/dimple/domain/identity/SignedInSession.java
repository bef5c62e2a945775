package dimple.domain.identity;

import dimple.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One place where a person is signed in to the pages: a browser that holds the session's secret in its
 * cookie. Only a hash of the secret is stored, so whoever reads the database cannot take the session
 * over. A session ends when the person signs out, when it was idle for too long, when its absolute
 * lifetime is over, or when it is ended from elsewhere (the person's own list, a password change, an
 * administrator); an ended session is deleted.
 */
@Entity
@Table(name = "signed_in_session")
public class SignedInSession {
    public static final int MAX_DEVICE = 120;
    /** Last seen is written at most this often, so a busy page does not write on every request. */
    public static final Duration SEEN_GRANULARITY = Duration.ofMinutes(1);

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** What the browser says it is, shortened ("Chrome on Linux"); for the person's own list only. */
    @Column(length = MAX_DEVICE)
    private String device;

    protected SignedInSession() {
    }

    /**
     * @param tokenHash the hex SHA-256 of the secret the browser holds
     * @param lifetime  the absolute lifetime: the session ends this long after sign-in, however active
     */
    public static SignedInSession start(String accountId, String tokenHash, String device, Instant at, Duration lifetime) {
        if (tokenHash == null || tokenHash.length() != 64) {
            throw new IllegalArgumentException("a session is found by the 64-digit hash of its secret");
        }
        SignedInSession session = new SignedInSession();
        session.id = Ids.newId();
        session.accountId = Objects.requireNonNull(accountId);
        session.tokenHash = tokenHash;
        session.startedAt = Objects.requireNonNull(at);
        session.lastSeenAt = at;
        session.endsAt = at.plus(lifetime);
        session.device = device == null || device.isBlank() ? null : device.strip().substring(0, Math.min(device.strip().length(), MAX_DEVICE));
        return session;
    }

    /** Still signed in at this moment: inside its absolute lifetime and not idle for longer than allowed. */
    public boolean isLiveAt(Instant now, Duration idleTimeout) {
        return now.isBefore(endsAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
    }

    /**
     * The person used the session. Returns true when that changed what is stored (at most once a
     * {@link #SEEN_GRANULARITY}), so the caller saves it only then.
     */
    public boolean seenAt(Instant now) {
        if (now.isBefore(lastSeenAt.plus(SEEN_GRANULARITY))) {
            return false;
        }
        lastSeenAt = now;
        return true;
    }

    public boolean belongsTo(String someAccountId) {
        return accountId.equals(someAccountId);
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String device() {
        return device;
    }
}
