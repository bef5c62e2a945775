package dimple.infrastructure.shared;

import dimple.application.shared.EventPublisher;
import dimple.application.shared.OutboxHandler;
import dimple.domain.shared.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

/**
 * Publishes domain events inside the use case's transaction: first the use case's own changes are
 * flushed (so rows of the reacting contexts that refer to them by foreign key are written after them,
 * whatever order EclipseLink would choose), then for each event a message per outbox handler is written,
 * and the observers of the event run, synchronously, in this transaction.
 */
@ApplicationScoped
public class CdiEventPublisher implements EventPublisher {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    @Inject
    Event<DomainEvent> observers;

    @Inject
    @Any
    Instance<OutboxHandler<?>> handlers;

    @Inject
    JpaOutbox outbox;

    @Inject
    Clock clock;

    private Consumer<DomainEvent> react;
    private volatile List<OutboxHandler<?>> known;

    public CdiEventPublisher() {
    }

    /** Outside the container: these reactions stand for the observers, these handlers for the outbox handlers. */
    public CdiEventPublisher(EntityManager em, Consumer<DomainEvent> react, List<OutboxHandler<?>> handlers, Clock clock) {
        this.em = em;
        this.react = react;
        this.known = List.copyOf(handlers);
        this.outbox = new JpaOutbox(em);
        this.clock = clock;
    }

    @Override
    public void publish(Collection<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        em.flush();
        for (DomainEvent event : events) {
            for (OutboxHandler<?> handler : handlers()) {
                if (handler.event().isInstance(event)) {
                    WrittenHere.add(outbox.add(handler.name(), event, EventJson.write((Record) event), clock.instant()));
                }
            }
            if (react != null) {
                react.accept(event);
            } else {
                observers.fire(event);
            }
        }
    }

    private List<OutboxHandler<?>> handlers() {
        List<OutboxHandler<?>> found = known;
        if (found == null) {
            found = StreamSupport.stream(handlers.spliterator(), false).toList();
            known = found;
        }
        return found;
    }
}
