package dimple.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An aggregate that records what happens to it as {@link DomainEvent}s. The list lives only in memory
 * (this class is not mapped, so nothing of it is stored): the use case that changed the aggregate takes
 * the events once it is saved and publishes them.
 */
public abstract class AggregateRoot {
    private final List<DomainEvent> events = new ArrayList<>();

    protected void record(DomainEvent event) {
        events.add(Objects.requireNonNull(event));
    }

    /** The events recorded since they were last taken, oldest first; taking them empties the list. */
    public List<DomainEvent> takeEvents() {
        List<DomainEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }
}
