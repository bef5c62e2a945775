package dimple.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.reporting.ReportKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LessonQueryTest {
    @Test
    void theWholeBoard_inEitherOrder_filtersNothing() {
        assertThat(LessonQuery.everything().filtersNothing()).isTrue();
        assertThat(new LessonQuery(null, null, null, null, null, LessonQuery.Order.MOST_ENDORSED).filtersNothing()).isTrue();
    }

    @Test
    void anyTagTeamKindOrDate_filters() {
        Instant day = Instant.parse("2026-11-01T00:00:00Z");
        assertThat(new LessonQuery("payments", null, null, null, null, null).filtersNothing()).isFalse();
        assertThat(new LessonQuery(null, "team-id", null, null, null, null).filtersNothing()).isFalse();
        assertThat(new LessonQuery(null, null, ReportKind.NEAR_MISS, null, null, null).filtersNothing()).isFalse();
        assertThat(new LessonQuery(null, null, null, day, null, null).filtersNothing()).isFalse();
        assertThat(new LessonQuery(null, null, null, null, day, null).filtersNothing()).isFalse();
    }
}
