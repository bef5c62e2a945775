package dimple.infrastructure.review;

import dimple.domain.review.ActionItem;
import dimple.domain.review.ActionItemRepository;
import dimple.domain.review.ActionQuery;
import dimple.domain.review.ActionStatus;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaActionItemRepository implements ActionItemRepository {
    private static final List<ActionStatus> OPEN = List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS);

    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaActionItemRepository() {
    }

    public JpaActionItemRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ActionItem> findById(String id) {
        return Optional.ofNullable(em.find(ActionItem.class, id));
    }

    /** SELECT ... FOR UPDATE on H2 and PostgreSQL: a second mover waits here, then reads the first one's commit. */
    @Override
    public Optional<ActionItem> findForChange(String id) {
        return Optional.ofNullable(em.find(ActionItem.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ActionItem> ofReview(String reviewId) {
        return em.createQuery("select a from ActionItem a where a.reviewId = :r order by a.createdAt, a.id", ActionItem.class)
                .setParameter("r", reviewId).getResultList();
    }

    @Override
    public void save(ActionItem item) {
        Queries.save(em, item);
    }

    @Override
    public Page<ActionItem> search(ActionQuery query, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        if (query.ownerAccountId() != null) {
            conditions.add("a.ownerAccountId = :owner");
        }
        if (!query.teamIds().isEmpty()) {
            conditions.add("a.teamId in :teams");
        }
        if (query.openOnly() || query.overdueOn() != null) {
            conditions.add("a.status in :open");
        }
        if (query.overdueOn() != null) {
            conditions.add("a.dueDate < :today");
        }
        String where = " where " + String.join(" and ", conditions);
        // Open items first (by due date, so the overdue ones lead), then done and dropped ones (those have closedAt).
        TypedQuery<ActionItem> items = em.createQuery("select a from ActionItem a" + where
                + " order by case when a.closedAt is null then 0 else 1 end, a.dueDate, a.id", ActionItem.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from ActionItem a" + where, Long.class);
        bind(items, query);
        bind(count, query);
        return Queries.page(items, count, page);
    }

    private static void bind(TypedQuery<?> q, ActionQuery query) {
        if (query.ownerAccountId() != null) {
            q.setParameter("owner", query.ownerAccountId());
        }
        if (!query.teamIds().isEmpty()) {
            q.setParameter("teams", query.teamIds());
        }
        if (query.openOnly() || query.overdueOn() != null) {
            q.setParameter("open", OPEN);
        }
        if (query.overdueOn() != null) {
            q.setParameter("today", query.overdueOn());
        }
    }
}
