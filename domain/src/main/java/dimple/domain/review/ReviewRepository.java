package dimple.domain.review;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.Optional;

/** Where reviews (with their timelines and factors) are kept. */
public interface ReviewRepository {
    Optional<Review> findById(String id);

    /**
     * The review for a change: its row stays locked until the transaction ends, so that writers of one review
     * take turns instead of racing (ADR 33). Stores without locks give {@link #findById}.
     */
    default Optional<Review> findForChange(String id) {
        return findById(id);
    }

    void save(Review review);

    /** Reviews matching the query, most recently changed first. */
    Page<Review> search(ReviewQuery query, PageRequest page);
}
