package dimple.application.coaching;

import dimple.domain.coaching.Assessment;
import dimple.domain.coaching.AssessmentRepository;
import dimple.domain.coaching.CoachingViewer;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assessments in a map, queried like the JPA repository: visible ones, newest first. */
public class InMemoryAssessments implements AssessmentRepository {
    private final Map<String, Assessment> byId = new LinkedHashMap<>();

    @Override
    public Optional<Assessment> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void save(Assessment assessment) {
        byId.put(assessment.id(), assessment);
    }

    @Override
    public Page<Assessment> visibleTo(CoachingViewer viewer, PageRequest page) {
        List<Assessment> visible = byId.values().stream().filter(a -> a.isVisibleTo(viewer))
                .sorted(Comparator.comparing(Assessment::assessedAt).reversed().thenComparing(Assessment::id)).toList();
        return Page.of(visible.stream().skip(page.offset()).limit(page.size()).toList(), page, visible.size());
    }

    @Override
    public int deleteRetainedUntilBefore(LocalDate day) {
        List<String> gone = byId.values().stream().filter(a -> a.retainUntil().isBefore(day)).map(Assessment::id).toList();
        gone.forEach(byId::remove);
        return gone.size();
    }

    public List<Assessment> all() {
        return List.copyOf(byId.values());
    }
}
