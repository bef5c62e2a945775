package dimple.domain.review;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.Optional;

/** Where reviews (with their timelines and factors) are kept. */
public interface ReviewRepository {
    Optional<Review> findById(String id);

    void save(Review review);

    /** Reviews matching the query, most recently changed first. */
    Page<Review> search(ReviewQuery query, PageRequest page);
}
