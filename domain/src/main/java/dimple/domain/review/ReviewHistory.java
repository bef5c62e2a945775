package dimple.domain.review;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;

/** Where the history of reviews and their action items is kept: append and read, newest first. */
public interface ReviewHistory {
    void append(HistoryEntry entry);

    Page<HistoryEntry> ofReview(String reviewId, PageRequest page);
}
