package dimple.infrastructure.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One event waiting for one outbox handler. Its position comes from a database sequence, one value per
 * message (no block is kept by an instance), so the order of positions is the order the messages were
 * written, whichever instance wrote them.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {
    public static final int MAX_ERROR = 1000;

    @Id
    @SequenceGenerator(name = "outbox_position", sequenceName = "outbox_position", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_position")
    private long position;

    @Column(nullable = false, length = 80)
    private String handler;

    @Column(name = "event_type", nullable = false, length = 80)
    private String eventType;

    @Column(name = "aggregate_key", nullable = false, length = 80)
    private String aggregateKey;

    @Column(nullable = false, length = 1_000_000)
    private String payload;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "claimed_by", length = 40)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    protected OutboxMessage() {
    }

    OutboxMessage(String handler, String eventType, String aggregateKey, String payload, Instant occurredAt, Instant dueAt) {
        this.handler = Objects.requireNonNull(handler);
        this.eventType = Objects.requireNonNull(eventType);
        this.aggregateKey = Objects.requireNonNull(aggregateKey);
        this.payload = Objects.requireNonNull(payload);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.dueAt = Objects.requireNonNull(dueAt);
    }

    /** Handling failed: tried again at {@code retryAt}, the claim given up. */
    void failed(String error, Instant at, Instant retryAt) {
        attempts++;
        lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        lastFailedAt = at;
        dueAt = retryAt;
        claimedBy = null;
        claimedUntil = null;
    }

    boolean isClaimedBy(String holder, Instant now) {
        return holder.equals(claimedBy) && claimedUntil != null && claimedUntil.isAfter(now);
    }

    public long position() {
        return position;
    }

    public String handler() {
        return handler;
    }

    public String eventType() {
        return eventType;
    }

    public String aggregateKey() {
        return aggregateKey;
    }

    public String payload() {
        return payload;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastFailedAt() {
        return lastFailedAt;
    }
}
