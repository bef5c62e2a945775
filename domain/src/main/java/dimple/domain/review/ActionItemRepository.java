package dimple.domain.review;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Where action items are kept. */
public interface ActionItemRepository {
    Optional<ActionItem> findById(String id);

    /**
     * The action item for a change: its row stays locked until the transaction ends, so that people moving one
     * action item at once take turns instead of racing (ADR 33). Stores without locks give {@link #findById}.
     */
    default Optional<ActionItem> findForChange(String id) {
        return findById(id);
    }

    /** The items of one review, in the order they were planned. */
    List<ActionItem> ofReview(String reviewId);

    void save(ActionItem item);

    /** Items matching the query: open ones first, by due date (so overdue ones lead), then done and dropped ones. */
    Page<ActionItem> search(ActionQuery query, PageRequest page);
}
