package dimple.application.shared;

import dimple.domain.shared.DomainEvent;
import java.util.Collection;

/**
 * Publishes the domain events a use case's aggregates recorded (docs/adr/0017). The use case calls it
 * inside its transaction once the aggregates are saved, with what it took from them
 * ({@code report.takeEvents()}). Before it returns:
 * <ul>
 * <li>the reactions that must be atomic with the change run, in the same transaction: observers in the
 *     context that reacts ({@code void on(@Observes ReviewPublished event)}); what they publish in turn
 *     is published the same way, and a refusal they throw undoes the whole use case;</li>
 * <li>for every {@link OutboxHandler} of the event, a message is written to the outbox in the same
 *     transaction, to be handled after the commit.</li>
 * </ul>
 */
public interface EventPublisher {
    void publish(Collection<? extends DomainEvent> events);
}
