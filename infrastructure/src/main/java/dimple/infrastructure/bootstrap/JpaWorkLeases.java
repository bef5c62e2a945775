package dimple.infrastructure.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The leases in {@code scheduled_work_lease}, one row per kind of work. Taking one is a single conditional
 * update: the database locks the row, so of two instances trying at once exactly one changes it, and the
 * other's update then matches no row. In the container every call commits on its own, apart from the
 * work it guards (tests pass an entity manager and their own transaction).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaWorkLeases implements WorkLeases {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaWorkLeases() {
    }

    public JpaWorkLeases(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean take(String work, String holder, Instant now, Instant until) {
        int taken = em.createNativeQuery("update scheduled_work_lease set holder = ?1, held_until = ?2"
                        + " where name = ?3 and (holder is null or held_until is null or held_until <= ?4 or holder = ?5)")
                .setParameter(1, holder).setParameter(2, at(until)).setParameter(3, work).setParameter(4, at(now)).setParameter(5, holder)
                .executeUpdate();
        if (taken > 0) {
            return true;
        }
        Number rows = (Number) em.createNativeQuery("select count(*) from scheduled_work_lease where name = ?1").setParameter(1, work)
                .getSingleResult();
        if (rows.longValue() > 0) {
            return false;
        }
        // A kind of work no migration named: its row comes with its first lease. Should another instance
        // insert the same row at the same moment, one of the two inserts fails on the key and that one
        // does not run the work this time.
        em.createNativeQuery("insert into scheduled_work_lease (name, holder, held_until) values (?1, ?2, ?3)")
                .setParameter(1, work).setParameter(2, holder).setParameter(3, at(until)).executeUpdate();
        return true;
    }

    @Override
    public boolean extend(String work, String holder, Instant until) {
        return em.createNativeQuery("update scheduled_work_lease set held_until = ?1 where name = ?2 and holder = ?3")
                .setParameter(1, at(until)).setParameter(2, work).setParameter(3, holder).executeUpdate() > 0;
    }

    @Override
    public void release(String work, String holder) {
        em.createNativeQuery("update scheduled_work_lease set holder = null, held_until = null where name = ?1 and holder = ?2")
                .setParameter(1, work).setParameter(2, holder).executeUpdate();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
