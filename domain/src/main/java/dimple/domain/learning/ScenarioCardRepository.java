package dimple.domain.learning;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Where scenario cards (with their practice sessions) are kept. */
public interface ScenarioCardRepository {
    Optional<ScenarioCard> findById(String id);

    List<ScenarioCard> ofLesson(String lessonId);

    /** All cards, newest first. */
    Page<ScenarioCard> all(PageRequest page);

    void save(ScenarioCard card);
}
