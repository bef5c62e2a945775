package dimple.infrastructure.review;

import dimple.domain.review.Review;
import dimple.domain.review.ReviewQuery;
import dimple.domain.review.ReviewRepository;
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
public class JpaReviewRepository implements ReviewRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaReviewRepository() {
    }

    public JpaReviewRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Review> findById(String id) {
        return Optional.ofNullable(em.find(Review.class, id));
    }

    /** SELECT ... FOR UPDATE on H2 and PostgreSQL: a second writer waits here, then reads the first one's commit. */
    @Override
    public Optional<Review> findForChange(String id) {
        return Optional.ofNullable(em.find(Review.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void save(Review review) {
        Queries.save(em, review);
    }

    @Override
    public Page<Review> search(ReviewQuery query, PageRequest page) {
        List<String> who = new ArrayList<>();
        if (!query.ledTeamIds().isEmpty()) {
            who.add("r.teamId in :led");
        }
        if (query.personAccountId() != null) {
            who.add("r.facilitatorAccountId = :person");
            // A subquery, not MEMBER OF: EclipseLink turns MEMBER OF into an inner join that drops reviews without participants.
            who.add("r.id in (select p.id from Review p join p.participantAccountIds pa where pa = :person)");
        }
        if (who.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        List<String> conditions = new ArrayList<>();
        conditions.add("(" + String.join(" or ", who) + ")");
        if (!query.statuses().isEmpty()) {
            conditions.add("r.status in :statuses");
        }
        String where = " where " + String.join(" and ", conditions);
        TypedQuery<Review> items = em.createQuery("select r from Review r" + where + " order by r.updatedAt desc, r.id", Review.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from Review r" + where, Long.class);
        bind(items, query);
        bind(count, query);
        return Queries.page(items, count, page);
    }

    private static void bind(TypedQuery<?> q, ReviewQuery query) {
        if (!query.ledTeamIds().isEmpty()) {
            q.setParameter("led", query.ledTeamIds());
        }
        if (query.personAccountId() != null) {
            q.setParameter("person", query.personAccountId());
        }
        if (!query.statuses().isEmpty()) {
            q.setParameter("statuses", query.statuses());
        }
    }
}
