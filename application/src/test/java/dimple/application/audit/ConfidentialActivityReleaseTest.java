package dimple.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.shared.FakeCurrentUser;
import dimple.application.shared.TestClock;
import dimple.domain.audit.AuditEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfidentialActivityReleaseTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-12-05T10:17:43Z"));
    private final InMemoryAuditEntries entries = new InMemoryAuditEntries();
    private final InMemoryConfidentialActivity waiting = new InMemoryConfidentialActivity();
    private final AuditTrail trail = new AuditTrail(entries, waiting, FakeCurrentUser.anonymous(), clock);
    private final ConfidentialActivityRelease release = new ConfidentialActivityRelease(waiting, entries, clock);

    @Test
    void aConfidentialReportersActivity_isNotReadableTheSameDay_atAll() {
        trail.recordAs("emma", AuditAction.SIGNED_IN, "emma", "page");
        trail.recordConfidential(AuditAction.REPORT_SUBMITTED, "C-2026-ABCD-EFGH", null);
        clock.advance(Duration.ofHours(13));

        assertThat(release.releasePastDays()).isZero();
        assertThat(entries.all()).extracting(AuditEntry::action).containsExactly(AuditAction.SIGNED_IN);
    }

    @Test
    void onceTheDayIsOver_itEntersTheTrail_datedToTheDay_asTheConfidentialReporter() {
        trail.recordConfidential(AuditAction.REPORT_SUBMITTED, "C-2026-ABCD-EFGH", "kind=NEAR_MISS");
        clock.advance(Duration.ofDays(1));

        assertThat(release.releasePastDays()).isEqualTo(1);

        assertThat(entries.all()).singleElement().satisfies(e -> {
            assertThat(e.at()).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
            assertThat(e.dayOnly()).isTrue();
            assertThat(e.actor()).isEqualTo(AuditAction.CONFIDENTIAL_REPORTER);
            assertThat(e.target()).isEqualTo("C-2026-ABCD-EFGH");
        });
        assertThat(waiting.all()).isEmpty();
        assertThat(release.releasePastDays()).as("released once only").isZero();
    }

    @Test
    void aDaysActivity_entersInRandomOrder_soItsOrderTellsNothing() {
        Set<List<String>> orders = new HashSet<>();
        for (int run = 0; run < 20; run++) {
            TestClock day = new TestClock(Instant.parse("2026-12-05T08:00:00Z"));
            InMemoryAuditEntries trailEntries = new InMemoryAuditEntries();
            InMemoryConfidentialActivity held = new InMemoryConfidentialActivity();
            AuditTrail writer = new AuditTrail(trailEntries, held, FakeCurrentUser.anonymous(), day);
            for (int i = 0; i < 6; i++) {
                writer.recordConfidential(AuditAction.REPORT_QUESTION_ANSWERED, "C-2026-0000-000" + i, null);
                day.advance(Duration.ofMinutes(7));
            }
            day.advance(Duration.ofDays(1));
            new ConfidentialActivityRelease(held, trailEntries, day).releasePastDays();
            orders.add(trailEntries.all().stream().map(AuditEntry::target).toList());
        }
        assertThat(orders).as("the written order is not the order they were done in").hasSizeGreaterThan(1);
    }
}
