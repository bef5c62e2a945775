package dimple.infrastructure.coaching;

import dimple.domain.coaching.Assessment;
import dimple.domain.coaching.AssessmentRepository;
import dimple.domain.coaching.CoachingViewer;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Optional;

@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaAssessmentRepository() {
    }

    public JpaAssessmentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Assessment> findById(String id) {
        return Optional.ofNullable(em.find(Assessment.class, id));
    }

    @Override
    public void save(Assessment assessment) {
        Queries.save(em, assessment);
    }

    /** Mirrors {@code Assessment.isVisibleTo}: HR all; otherwise about the viewer, or written by them for a team they lead. */
    @Override
    public Page<Assessment> visibleTo(CoachingViewer viewer, PageRequest page) {
        String where;
        if (viewer.readsAll()) {
            where = "";
        } else if (viewer.ledTeamIds().isEmpty()) {
            where = " where a.subjectAccountId = :viewer";
        } else {
            where = " where a.subjectAccountId = :viewer or (a.assessorAccountId = :viewer and a.teamId in :ledTeams)";
        }
        return Queries.page(
                bind(em.createQuery("select a from Assessment a" + where + " order by a.assessedAt desc, a.id", Assessment.class), viewer),
                bind(em.createQuery("select count(a) from Assessment a" + where, Long.class), viewer),
                page);
    }

    private static <Q extends Query> Q bind(Q query, CoachingViewer viewer) {
        if (!viewer.readsAll()) {
            query.setParameter("viewer", viewer.accountId());
            if (!viewer.ledTeamIds().isEmpty()) {
                query.setParameter("ledTeams", viewer.ledTeamIds());
            }
        }
        return query;
    }

    /** Coaching records that followed a deleted assessment lose the link (the database sets it to null) and stay. */
    @Override
    public int deleteRetainedUntilBefore(LocalDate day) {
        int deleted = em.createQuery("delete from Assessment a where a.retainUntil < :day").setParameter("day", day).executeUpdate();
        em.clear();
        return deleted;
    }
}
