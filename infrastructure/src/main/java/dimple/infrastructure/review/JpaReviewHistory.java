package dimple.infrastructure.review;

import dimple.domain.review.HistoryEntry;
import dimple.domain.review.ReviewHistory;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaReviewHistory implements ReviewHistory {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaReviewHistory() {
    }

    public JpaReviewHistory(EntityManager em) {
        this.em = em;
    }

    @Override
    public void append(HistoryEntry entry) {
        em.persist(entry);
    }

    @Override
    public Page<HistoryEntry> ofReview(String reviewId, PageRequest page) {
        return Queries.page(
                em.createQuery("select h from HistoryEntry h where h.reviewId = :r order by h.at desc, h.id", HistoryEntry.class)
                        .setParameter("r", reviewId),
                em.createQuery("select count(h) from HistoryEntry h where h.reviewId = :r", Long.class).setParameter("r", reviewId),
                page);
    }
}
