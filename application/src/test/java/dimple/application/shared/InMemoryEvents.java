package dimple.application.shared;

import dimple.domain.shared.DomainEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The event publisher as the container wires it, for the in-memory fixtures: reactions registered with
 * {@link #on} run at once, as observers do inside the use case's transaction; for each outbox handler
 * registered with {@link #handle} a message is queued, and the queue is handed on in order once the
 * outermost {@link #publish} returns, as the outbox does after the commit. Everything published is kept
 * in {@link #published}, every message in {@link #messages} (handler name and event).
 */
public class InMemoryEvents implements EventPublisher {
    private record Reaction(Class<?> type, Consumer<Object> react) {
    }

    /** A message the outbox would hold. */
    public record Message(String handler, DomainEvent event) {
    }

    public final List<DomainEvent> published = new ArrayList<>();
    public final List<Message> messages = new ArrayList<>();
    private final List<Reaction> reactions = new ArrayList<>();
    private final List<OutboxHandler<?>> handlers = new ArrayList<>();
    private final List<Runnable> queued = new ArrayList<>();
    private int depth;

    public <E extends DomainEvent> InMemoryEvents on(Class<E> type, Consumer<E> reaction) {
        reactions.add(new Reaction(type, event -> reaction.accept(type.cast(event))));
        return this;
    }

    public InMemoryEvents handle(OutboxHandler<?> handler) {
        handlers.add(handler);
        return this;
    }

    @Override
    public void publish(Collection<? extends DomainEvent> events) {
        depth++;
        boolean done = false;
        try {
            for (DomainEvent event : events) {
                published.add(event);
                for (OutboxHandler<?> handler : handlers) {
                    if (handler.event().isInstance(event)) {
                        messages.add(new Message(handler.name(), event));
                        queued.add(() -> deliver(handler, event));
                    }
                }
                for (Reaction reaction : List.copyOf(reactions)) {
                    if (reaction.type().isInstance(event)) {
                        reaction.react().accept(event);
                    }
                }
            }
            done = true;
        } finally {
            depth--;
            if (depth == 0 && !done) {
                queued.clear(); // the use case fails: its transaction, messages included, is rolled back
            }
        }
        while (depth == 0 && !queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    private static <E extends DomainEvent> void deliver(OutboxHandler<E> handler, DomainEvent event) {
        handler.handle(handler.event().cast(event));
    }

    /** The events published of one type, oldest first. */
    public <E extends DomainEvent> List<E> published(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
