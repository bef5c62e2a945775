package dimple.application.coaching;

import dimple.domain.coaching.CoachingRecord;
import dimple.domain.coaching.CoachingRecordQuery;
import dimple.domain.coaching.CoachingRecordRepository;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Coaching records in a map, queried like the JPA repository: the latest conversation first. */
public class InMemoryCoachingRecords implements CoachingRecordRepository {
    static final Comparator<CoachingRecord> LATEST_FIRST = Comparator.comparing(CoachingRecord::heldOn).reversed()
            .thenComparing(Comparator.comparing(CoachingRecord::createdAt).reversed())
            .thenComparing(CoachingRecord::id);

    private final Map<String, CoachingRecord> byId = new LinkedHashMap<>();

    @Override
    public Optional<CoachingRecord> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void save(CoachingRecord record) {
        byId.put(record.id(), record);
    }

    @Override
    public Page<CoachingRecord> search(CoachingRecordQuery query, PageRequest page) {
        List<CoachingRecord> found = matching(query);
        return Page.of(found.stream().skip(page.offset()).limit(page.size()).toList(), page, found.size());
    }

    public List<CoachingRecord> matching(CoachingRecordQuery query) {
        return byId.values().stream().filter(query::matches).sorted(LATEST_FIRST).toList();
    }

    @Override
    public int deleteRetainedUntilBefore(LocalDate day) {
        List<String> gone = byId.values().stream().filter(r -> r.isPastRetentionOn(day)).map(CoachingRecord::id).toList();
        gone.forEach(byId::remove);
        return gone.size();
    }

    public List<CoachingRecord> all() {
        return List.copyOf(byId.values());
    }
}
