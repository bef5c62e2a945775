package dimple.infrastructure.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.learning.LessonImplemented;
import dimple.domain.reporting.ReportClosed;
import dimple.domain.reporting.ReportSubmitted;
import dimple.domain.reporting.ReportTriaged;
import dimple.domain.review.ActionItemClosed;
import dimple.domain.review.ActionItemPlanned;
import dimple.domain.review.ReviewPublished;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every domain event comes out of the outbox as it went in. */
class EventJsonTest {
    private static final Instant AT = Instant.parse("2026-11-23T10:15:30.123Z");

    static Stream<Record> events() {
        return Stream.of(
                new ReportSubmitted("r1", "t1", List.of(new ReportSubmitted.AffectedCustomer("Booking \u201C4711\u201D", true, null, false, AT),
                        new ReportSubmitted.AffectedCustomer("Order 5", false, "Moved \"to\" 241\n", true, null)), AT),
                new ReportSubmitted("r2", "t1", List.of(), AT),
                new ReportTriaged("r1", "t1", "R-2026-000001", "Guest charged twice \uD83D\uDE00", "DUPLICATE", null, null, "R-2026-000000",
                        "a1", "a2", AT),
                new ReportClosed("r1", "R-2026-000001", "v1", "a1", AT),
                new ReviewPublished("v1", "t1", "l1", List.of("r1", "r2"), "Title", null, "Takeaway", "What", null, "How", null, null, null,
                        null, List.of("payments"), List.of(new ReviewPublished.Factor("TOOLS", "No screen", List.of("Why 1", "Why 2"))),
                        List.of(new ReviewPublished.PlannedAction("x1", "Switch it on", "CORRECTIVE")), AT),
                new ActionItemPlanned("x1", "v1", "t1", "Switch it on", "a1", "a2", LocalDate.of(2026, 12, 1), AT),
                new ActionItemClosed("x1", "v1", "NOT_DOING", AT),
                new LessonImplemented("l1", "v1", "Title", "Takeaway", AT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void anEvent_readsBackEqual(Record event) {
        String json = EventJson.write(event);

        assertThat(EventJson.read(json, event.getClass())).isEqualTo(event);
    }
}
