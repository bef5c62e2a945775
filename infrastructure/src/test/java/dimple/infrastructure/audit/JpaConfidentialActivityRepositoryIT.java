package dimple.infrastructure.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.audit.AuditEntry;
import dimple.domain.audit.AuditQuery;
import dimple.domain.audit.ConfidentialActivity;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.TestDatabase;
import java.time.Instant;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaConfidentialActivityRepositoryIT {
    private final TestDatabase db = TestDatabase.migrated();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private <T> T read(Function<EntityManager, T> query) {
        return db.inTransaction(query);
    }

    @Test
    void activityWaitsByDay_isTakenOnce_andItsAuditLineKeepsOnlyTheDay() {
        ConfidentialActivity yesterday = ConfidentialActivity.on(LocalDate.parse("2026-12-05"), "REPORT_SUBMITTED", "C-2026-ABCD-EFGH", null);
        ConfidentialActivity today = ConfidentialActivity.on(LocalDate.parse("2026-12-06"), "REPORT_SUBMITTED", "C-2026-JKMN-PQRS", null);
        db.run(em -> {
            new JpaConfidentialActivityRepository(em).append(yesterday);
            new JpaConfidentialActivityRepository(em).append(today);
        });

        List<ConfidentialActivity> dueBeforeToday = read(em -> new JpaConfidentialActivityRepository(em).before(LocalDate.parse("2026-12-06"), 10));
        assertThat(dueBeforeToday)
                .extracting(ConfidentialActivity::target).containsExactly("C-2026-ABCD-EFGH");
        boolean takenFirst = read(em -> new JpaConfidentialActivityRepository(em).take(yesterday.id()));
        assertThat(takenFirst).isTrue();
        boolean takenAgain = read(em -> new JpaConfidentialActivityRepository(em).take(yesterday.id()));
        assertThat(takenAgain).as("only once").isFalse();

        db.run(em -> new JpaAuditEntryRepository(em).append(yesterday.toAuditEntry("confidential reporter")));
        AuditEntry stored = db.inTransaction(em -> new JpaAuditEntryRepository(em).search(AuditQuery.everything(), PageRequest.first(10))).items().get(0);
        assertThat(stored.at()).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
        assertThat(stored.dayOnly()).isTrue();
    }
}
