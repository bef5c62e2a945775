package dimple.infrastructure.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.infrastructure.persistence.TestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaReceiptNumbersIT {
    private final TestDatabase db = TestDatabase.migrated();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private String next(Instant at) {
        return db.inTransaction(em -> new JpaReceiptNumbers(em).nextFor(at));
    }

    @Test
    void numbersCountUpWithinAYear_andStartAgainInTheNext() {
        assertThat(next(Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo("R-2026-000001");
        assertThat(next(Instant.parse("2026-12-31T23:59:59Z"))).isEqualTo("R-2026-000002");
        assertThat(next(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo("R-2027-000001");
    }

    @Test
    void aRolledBackSubmission_givesItsNumberBack() {
        assertThat(next(Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo("R-2026-000001");
        assertThatThrownBy(() -> db.run(em -> {
            new JpaReceiptNumbers(em).next(2026);
            throw new IllegalStateException("the report could not be stored");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(next(Instant.parse("2026-03-02T00:00:00Z"))).isEqualTo("R-2026-000002");
    }

    @Test
    void yearsBeyondThePreparedRows_work_too() {
        assertThat(next(Instant.parse("2150-06-01T00:00:00Z"))).isEqualTo("R-2150-000001");
        assertThat(next(Instant.parse("2150-06-02T00:00:00Z"))).isEqualTo("R-2150-000002");
    }
}
