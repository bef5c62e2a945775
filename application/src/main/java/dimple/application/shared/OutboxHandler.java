package dimple.application.shared;

import dimple.domain.shared.DomainEvent;

/**
 * Work that follows an event once its transaction has committed (telling people in the app; queuing mail and team
 * webhooks, which a sender of their own sends, ADR 30). For every event of type {@link #event()} the {@link EventPublisher} writes one outbox
 * message for this handler in the use case's own transaction, so the work is neither lost nor done for
 * a change that was rolled back. The outbox then hands the event to {@link #handle} in a transaction of
 * its own: at most one instance of a cluster handles a message at a time, the events of one aggregate in
 * the order they happened, and a message whose handling fails is tried again after a growing pause. What
 * {@code handle} writes to the database commits together with the message leaving the outbox.
 *
 * <p>Administrators see how many messages of each handler wait or fail, never what they carry (an event
 * about a confidential report may address its reporter's own notification).
 */
public interface OutboxHandler<E extends DomainEvent> {
    /** A stable name, stored with each message: renaming a handler strands the messages that wait for it. */
    String name();

    /** The events it handles. */
    Class<E> event();

    void handle(E event);
}
