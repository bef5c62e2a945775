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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;

/**
 * Hands outbox messages to their handlers: each one claimed, handled and removed in one transaction, so
 * what the handler writes commits together with the message leaving the outbox, and one commit per
 * message is all a use case's reactions cost (report submissions wait for it, bench P3). The claim is a
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

    private final String holder = UUID.randomUUID().toString();
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
            return transactions.run(outbox -> {
                Instant now = clock.instant();
                Optional<OutboxMessage> claimed = outbox.claim(position, holder, now, LEASE) ? outbox.claimed(position, holder, now) : Optional.empty();
                claimed.ifPresent(message -> {
                    handOn(message);
                    outbox.done(message);
                });
                return claimed.isPresent();
            });
        } catch (RuntimeException e) {
            String error = kindsOf(e);
            recordFailure(position, error);
            LOG.log(Level.WARNING, () -> "Outbox message " + position + " could not be handled (" + error + "); it is tried again later.");
            return false;
        }
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
    static String kindsOf(Throwable error) {
        StringJoiner kinds = new StringJoiner(" < ");
        for (Throwable t = error; t != null && kinds.length() < OutboxMessage.MAX_ERROR; t = t.getCause() == t ? null : t.getCause()) {
            kinds.add(t.getClass().getName());
        }
        return kinds.toString();
    }
}
