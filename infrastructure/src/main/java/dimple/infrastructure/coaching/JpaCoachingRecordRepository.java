package dimple.infrastructure.coaching;

import dimple.domain.coaching.CoachingRecord;
import dimple.domain.coaching.CoachingRecordQuery;
import dimple.domain.coaching.CoachingRecordRepository;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

@ApplicationScoped
public class JpaCoachingRecordRepository implements CoachingRecordRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaCoachingRecordRepository() {
    }

    public JpaCoachingRecordRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CoachingRecord> findById(String id) {
        return Optional.ofNullable(em.find(CoachingRecord.class, id));
    }

    @Override
    public void save(CoachingRecord record) {
        Queries.save(em, record);
    }

    @Override
    public Page<CoachingRecord> search(CoachingRecordQuery query, PageRequest page) {
        CoachingQueries where = CoachingQueries.of(query);
        return Queries.page(
                where.bind(em.createQuery("select r from CoachingRecord r where " + where.conditions()
                                + " order by r.heldOn desc, r.createdAt desc, r.id", CoachingRecord.class))
                        .setHint("eclipselink.batch", "r.lessonIds").setHint("eclipselink.batch.type", "IN"),
                where.bind(em.createQuery("select count(r) from CoachingRecord r where " + where.conditions(), Long.class)),
                page);
    }

    @Override
    public int deleteRetainedUntilBefore(LocalDate day) {
        int deleted = em.createQuery("delete from CoachingRecord r where r.retainUntil < :day and r.legalHoldSince is null").setParameter("day", day).executeUpdate();
        em.clear();
        return deleted;
    }
}
