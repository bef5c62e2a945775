package dimple.infrastructure.shared;

import dimple.application.shared.OutboxHandler;
import dimple.domain.shared.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;

/**
 * Hands outbox messages to their handlers: each one claimed, handled and removed in the same transaction
 * as what its handler writes. Messages that use cases have just committed are handed on together: while
 * one request thread hands on a batch, the messages other requests commit meanwhile gather for the next
 * batch, handed on in one transaction by one of the threads waiting for it (a group commit, so a burst of
 * report submissions costs one commit per batch, not per message; bench P3). Each caller still returns
 * only once its own messages have been handed on. The claim is a
 * conditional update: of two instances only one wins, the other waits for the winner's row lock and then
 * finds nothing to claim. An instance that dies while handling leaves its claim uncommitted, so the
 * message is due again at once. A failure rolls the handler's work back and is written down in a
 * transaction of its own (its kinds of error only); the message is tried again later and keeps the later
 * messages of its aggregate waiting, so they stay in order.
 * Logs name the message's position and handler, never what it carries.
 */
@ApplicationScoped
public class OutboxDelivery {
    /** How long a claim holds: a message whose instance died is taken by another after this. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    /** Runs a step in a transaction of its own. */
    public interface Transactions {
        <T> T run(Function<JpaOutbox, T> step);
    }

    /** At most this many messages in one transaction, so a batch holds its locks briefly. */
    static final int BATCH = 50;
    /** How long a caller waits for others to hand its messages on before leaving them to the scheduled run. */
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final String holder = UUID.randomUUID().toString();
    private final ReentrantLock turns = new ReentrantLock();
    private final Condition turnOver = turns.newCondition();
    /** Messages committed by use cases, gathering for the next batch (guarded by {@link #turns}). */
    private List<Long> gathering = new ArrayList<>();
    /** The number of the batch now gathering, and of the last one handed on (guarded by {@link #turns}). */
    private long gatheringBatch = 1;
    private long finishedBatch;
    /** Whether a thread is handing a batch on now (guarded by {@link #turns}). */
    private boolean handingOn;
    private Transactions transactions;
    private Iterable<OutboxHandler<?>> handlers;
    private Clock clock;
    private volatile Map<String, OutboxHandler<?>> byName;

    protected OutboxDelivery() {
    }

    @Inject
    public OutboxDelivery(OutboxTransactions transactions, @Any Instance<OutboxHandler<?>> handlers, Clock clock) {
        this(transactions::run, handlers, clock);
    }

    public OutboxDelivery(Transactions transactions, Iterable<OutboxHandler<?>> handlers, Clock clock) {
        this.transactions = transactions;
        this.handlers = handlers;
        this.clock = clock;
    }

    /**
     * Hands on up to {@code max} messages that are due; returns how many were handled. Handling a message
     * makes the next one of its aggregate due, so it looks again until a round hands on nothing.
     */
    public int deliverDue(int max) {
        int handled = 0;
        while (handled < max) {
            int left = max - handled;
            List<Long> due = transactions.run(outbox -> outbox.due(clock.instant(), left));
            int now = due.isEmpty() ? 0 : deliver(due);
            if (now == 0) {
                break;
            }
            handled += now;
        }
        return handled;
    }

    /**
     * Hands on messages a use case has just committed, together with those other use cases commit at the same
     * time, and returns once they have been handed on (or could not be: then the scheduled run takes them).
     * The thread that finds nobody handing on takes the batch gathered so far and hands it on; the others
     * wait for the batch their messages are in.
     */
    public void deliverCommitted(List<Long> positions) {
        if (positions.isEmpty()) {
            return;
        }
        long waitingUntil = System.nanoTime() + LONGEST_WAIT.toNanos();
        turns.lock();
        try {
            gathering.addAll(positions);
            long mine = gatheringBatch;
            while (finishedBatch < mine) {
                if (!handingOn) {
                    handNextBatchOn();
                } else if (!awaitTurn(waitingUntil)) {
                    return;
                }
            }
        } finally {
            turns.unlock();
        }
    }

    /**
     * Called holding {@link #turns}: takes what has gathered (up to {@link #BATCH}) and hands it on without
     * holding the lock. A batch gathered beyond {@link #BATCH} is finished by the turns after this one.
     */
    private void handNextBatchOn() {
        List<Long> batch;
        long number;
        if (gathering.size() <= BATCH) {
            batch = gathering;
            gathering = new ArrayList<>();
            number = gatheringBatch++;
        } else {
            batch = new ArrayList<>(gathering.subList(0, BATCH));
            gathering = new ArrayList<>(gathering.subList(BATCH, gathering.size()));
            number = gatheringBatch - 1;
        }
        handingOn = true;
        turns.unlock();
        try {
            deliverTogether(batch);
        } finally {
            turns.lock();
            finishedBatch = Math.max(finishedBatch, number);
            handingOn = false;
            turnOver.signalAll();
        }
    }

    /** How many committed messages are gathering for the next batch (for tests). */
    int gathered() {
        turns.lock();
        try {
            return gathering.size();
        } finally {
            turns.unlock();
        }
    }

    /** Called holding {@link #turns}: waits for a turn; false when the caller has waited long enough or was interrupted. */
    private boolean awaitTurn(long waitingUntil) {
        long left = waitingUntil - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            turnOver.awaitNanos(left);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Hands on a batch in one transaction. If any message in it fails, none of the batch is kept and each is
     * handed on in a transaction of its own, so only the failing one is written down and waits.
     */
    int deliverTogether(List<Long> positions) {
        if (positions.size() == 1) {
            return deliver(positions);
        }
        try {
            return transactions.run(outbox -> {
                int handled = 0;
                for (long position : positions) {
                    if (claimAndHandOn(outbox, position)) {
                        handled++;
                    }
                }
                return handled;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, () -> "A batch of " + positions.size() + " outbox messages is handed on one by one (" + kindsOf(e) + ").");
            return deliver(positions);
        }
    }

    /** Hands on these messages, in order, as far as this instance can claim them; returns how many were handled. */
    public int deliver(List<Long> positions) {
        int handled = 0;
        for (long position : positions) {
            if (handle(position)) {
                handled++;
            }
        }
        return handled;
    }

    /** Claims, hands on and removes one message in one transaction; false when another instance has it or it failed. */
    private boolean handle(long position) {
        try {
            return transactions.run(outbox -> claimAndHandOn(outbox, position));
        } catch (RuntimeException e) {
            String error = kindsOf(e);
            recordFailure(position, error);
            LOG.log(Level.WARNING, () -> "Outbox message " + position + " could not be handled (" + error + "); it is tried again later.");
            return false;
        }
    }

    /** In the caller's transaction: claims the message, hands it on and removes it; false when another instance has it. */
    private boolean claimAndHandOn(JpaOutbox outbox, long position) {
        Instant now = clock.instant();
        Optional<OutboxMessage> claimed = outbox.claim(position, holder, now, LEASE) ? outbox.claimed(position, holder, now) : Optional.empty();
        claimed.ifPresent(message -> {
            handOn(message);
            outbox.done(message);
        });
        return claimed.isPresent();
    }

    /**
     * Writes the failure down, unless another instance holds the message now (it may be handing it on).
     * Not being able to write it down (another instance's lock held past the lock timeout) leaves the
     * message due, tried again by the next run; the other messages are still handed on.
     */
    private void recordFailure(long position, String error) {
        try {
            transactions.run(outbox -> {
                Instant now = clock.instant();
                if (outbox.claim(position, holder, now, LEASE)) {
                    outbox.failed(position, holder, error, now);
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "The failure of outbox message " + position + " could not be written down (" + kindsOf(e) + ").");
        }
    }

    private void handOn(OutboxMessage message) {
        OutboxHandler<?> handler = handlers().get(message.handler());
        if (handler == null) {
            throw new IllegalStateException("no outbox handler is named " + message.handler());
        }
        handle(handler, message.payload());
    }

    private static <E extends DomainEvent> void handle(OutboxHandler<E> handler, String payload) {
        handler.handle(EventJson.read(payload, handler.event()));
    }

    private Map<String, OutboxHandler<?>> handlers() {
        Map<String, OutboxHandler<?>> found = byName;
        if (found == null) {
            found = new LinkedHashMap<>();
            for (OutboxHandler<?> handler : (Iterable<OutboxHandler<?>>) () -> StreamSupport.stream(handlers.spliterator(), false).iterator()) {
                found.put(handler.name(), handler);
            }
            byName = found;
        }
        return found;
    }

    /**
     * The kinds of error, outermost first ({@code jakarta.persistence.PersistenceException <
     * org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException}), without their messages: a message
     * may quote what the outbox message carries, which administrators must not read.
     */
    public static String kindsOf(Throwable error) {
        StringJoiner kinds = new StringJoiner(" < ");
        for (Throwable t = error; t != null && kinds.length() < OutboxMessage.MAX_ERROR; t = t.getCause() == t ? null : t.getCause()) {
            kinds.add(t.getClass().getName());
        }
        return kinds.toString();
    }
}
