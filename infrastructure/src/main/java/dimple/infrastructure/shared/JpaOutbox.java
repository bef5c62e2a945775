package dimple.infrastructure.shared;

import dimple.application.shared.OutboxHealth;
import dimple.application.shared.OutboxMonitor;
import dimple.domain.shared.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table. Every method works in the caller's transaction: messages are written in the use
 * case's own, and {@link OutboxDelivery} claims, hands on and releases each one in transactions of its
 * own. Only portable SQL: a conditional update that only one transaction can win claims a message, so
 * two instances never hand on the same one at the same time.
 */
@ApplicationScoped
public class JpaOutbox implements OutboxMonitor {
    /** How many of the latest failures administrators see. */
    static final int FAILURES_SHOWN = 20;
    /** The first pause after a failure; it doubles with every further failure, up to {@link #LONGEST_PAUSE}. */
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaOutbox() {
    }

    public JpaOutbox(EntityManager em) {
        this.em = em;
    }

    /** Writes a message for this handler: due at once, kept until it is handled. Returns its position. */
    public long add(String handler, DomainEvent event, String payload, Instant now) {
        OutboxMessage message = new OutboxMessage(handler, event.getClass().getSimpleName(), event.aggregate(), payload, event.occurredAt(),
                now);
        em.persist(message);
        return message.position();
    }

    /**
     * Positions of messages that are due, claimed by nobody (or whose claim ran out) and not held back by
     * an earlier message of their aggregate, oldest first.
     */
    public List<Long> due(Instant now, int max) {
        return em.createQuery("select m.position from OutboxMessage m where m.dueAt <= :now"
                        + " and (m.claimedUntil is null or m.claimedUntil < :now)"
                        + " and not exists (select e from OutboxMessage e where e.aggregateKey = m.aggregateKey and e.position < m.position)"
                        + " order by m.position", Long.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /**
     * Whether a message has been ready to hand on ({@link #due due}: unclaimed, not held back by an earlier
     * message of its aggregate) for longer than {@code after}, that is whether nobody hands the outbox on.
     */
    public boolean stuck(Instant now, Duration after) {
        return !due(now.minus(after), 1).isEmpty();
    }

    /**
     * Claims the message for this holder until {@code now + lease}, if it is due, nobody else holds it and
     * no earlier message of the same aggregate still waits (so an aggregate's messages are handed on in
     * order). Of two instances trying at once, only one changes the row: the other sees no row to update.
     */
    public boolean claim(long position, String holder, Instant now, Duration lease) {
        return em.createNativeQuery("update outbox_message set claimed_by = ?, claimed_until = ?"
                        + " where position = ? and due_at <= ? and (claimed_until is null or claimed_until < ?)"
                        + " and not exists (select 1 from outbox_message earlier"
                        + " where earlier.aggregate_key = outbox_message.aggregate_key and earlier.position < outbox_message.position)")
                .setParameter(1, holder).setParameter(2, now.plus(lease).atOffset(ZoneOffset.UTC)).setParameter(3, position)
                .setParameter(4, now.atOffset(ZoneOffset.UTC)).setParameter(5, now.atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    /** The message, if this holder still holds it. */
    public Optional<OutboxMessage> claimed(long position, String holder, Instant now) {
        return Optional.ofNullable(em.find(OutboxMessage.class, position)).filter(m -> m.isClaimedBy(holder, now));
    }

    /** The message was handled: it leaves the outbox, in the transaction of what its handler wrote. */
    public void done(OutboxMessage message) {
        em.remove(message);
    }

    /**
     * Handling failed: the message is tried again after a pause that doubles with every failure
     * ({@link #FIRST_PAUSE} up to {@link #LONGEST_PAUSE}), and keeps the kinds of error. Nothing changes
     * when this holder no longer holds it.
     */
    public void failed(long position, String holder, String error, Instant now) {
        OutboxMessage message = em.find(OutboxMessage.class, position);
        if (message == null || !message.isClaimedBy(holder, now)) {
            return;
        }
        message.failed(error, now, now.plus(pauseAfter(message.attempts() + 1)));
    }

    /** The pause after this many failures: 30 s, doubling, at most an hour (the outbox and the mail queue alike). */
    public static Duration pauseAfter(int failures) {
        Duration pause = FIRST_PAUSE;
        for (int i = 1; i < failures && pause.compareTo(LONGEST_PAUSE) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(LONGEST_PAUSE) < 0 ? pause : LONGEST_PAUSE;
    }

    @Override
    public OutboxHealth health(Instant now) {
        List<OutboxHealth.Kind> kinds = new ArrayList<>();
        long waiting = 0;
        long failing = 0;
        Instant oldest = null;
        // Native, not JPQL: EclipseLink hands an aggregate of a converted attribute (min of an Instant) to
        // its converter as the driver's raw value, which PostgreSQL's driver gives as a Timestamp; instant() reads either.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.handler, m.event_type, count(*), sum(case when m.attempts > 0 then 1 else 0 end),"
                + " min(m.occurred_at) from outbox_message m group by m.handler, m.event_type order by m.handler, m.event_type")
                .getResultList();
        for (Object[] row : rows) {
            long count = ((Number) row[2]).longValue();
            long failed = row[3] == null ? 0 : ((Number) row[3]).longValue();
            Instant first = instant(row[4]);
            kinds.add(new OutboxHealth.Kind((String) row[0], (String) row[1], count, failed, ageSeconds(first, now)));
            waiting += count;
            failing += failed;
            oldest = oldest == null || (first != null && first.isBefore(oldest)) ? first : oldest;
        }
        List<OutboxHealth.Failure> failures = em.createQuery("select m from OutboxMessage m where m.attempts > 0"
                        + " order by m.lastFailedAt desc, m.position", OutboxMessage.class)
                .setMaxResults(FAILURES_SHOWN).getResultList().stream()
                .map(m -> new OutboxHealth.Failure(m.handler(), m.eventType(), m.attempts(), ageSeconds(m.occurredAt(), now), m.lastError(),
                        Math.max(0, Duration.between(now, m.dueAt()).toSeconds())))
                .toList();
        return new OutboxHealth(waiting, failing, ageSeconds(oldest, now), kinds, failures);
    }

    private static Long ageSeconds(Instant since, Instant now) {
        return since == null ? null : Math.max(0, Duration.between(since, now).toSeconds());
    }

    /** min() of a converted attribute may come back as the database's own type. */
    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("unexpected time " + value.getClass().getName());
    }
}
