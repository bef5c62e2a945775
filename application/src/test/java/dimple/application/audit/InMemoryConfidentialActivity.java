package dimple.application.audit;

import dimple.domain.audit.ConfidentialActivity;
import dimple.domain.audit.ConfidentialActivityRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Confidential activity waiting in a list, taken once like the JPA repository's delete. */
public class InMemoryConfidentialActivity implements ConfidentialActivityRepository {
    private final List<ConfidentialActivity> waiting = new ArrayList<>();

    @Override
    public void append(ConfidentialActivity activity) {
        waiting.add(activity);
    }

    @Override
    public List<ConfidentialActivity> before(LocalDate day, int max) {
        return waiting.stream().filter(a -> a.day().isBefore(day)).sorted(Comparator.comparing(ConfidentialActivity::day)).limit(max).toList();
    }

    @Override
    public boolean take(String id) {
        return waiting.removeIf(a -> a.id().equals(id));
    }

    /** Everything still waiting, in the order written. */
    public List<ConfidentialActivity> all() {
        return List.copyOf(waiting);
    }
}
