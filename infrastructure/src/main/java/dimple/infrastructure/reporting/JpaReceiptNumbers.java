package dimple.infrastructure.reporting;

import dimple.domain.reporting.ReceiptNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Receipt numbers from the {@code receipt_counter} table, one row per year. The increment runs in the
 * caller's transaction and holds the row's lock until it commits: concurrent submissions queue there
 * for a moment, and a rolled-back submission gives its number back, so numbers have no gaps.
 */
@ApplicationScoped
public class JpaReceiptNumbers implements ReceiptNumbers {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaReceiptNumbers() {
    }

    public JpaReceiptNumbers(EntityManager em) {
        this.em = em;
    }

    @Override
    public long next(int year) {
        int updated = em.createNativeQuery("update receipt_counter set last_number = last_number + 1 where receipt_year = ?")
                .setParameter(1, year).executeUpdate();
        if (updated == 0) {
            // Years beyond the rows the migration created.
            em.createNativeQuery("insert into receipt_counter (receipt_year, last_number) values (?, 1)").setParameter(1, year).executeUpdate();
            return 1;
        }
        Number last = (Number) em.createNativeQuery("select last_number from receipt_counter where receipt_year = ?")
                .setParameter(1, year).getSingleResult();
        return last.longValue();
    }
}
