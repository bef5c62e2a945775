package dimple.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void publish_keepsEachTagAndActionOnce_inOrder() {
        Lesson lesson = Lesson.publish("review-1", " Guest charged twice ", "Check before charging again.", "Body",
                List.of("payments", "tools", "payments"), "team-1", List.of("a1", "a2", "a1"), NOW);

        assertThat(lesson.title()).isEqualTo("Guest charged twice");
        assertThat(lesson.tags()).containsExactly("payments", "tools");
        assertThat(lesson.actionIds()).containsExactly("a1", "a2");
        assertThat(lesson.status()).isEqualTo(LessonStatus.PUBLISHED);
        assertThat(lesson.publishedAt()).isEqualTo(NOW);
    }

    @Test
    void publish_withoutATakeaway_isRefused() {
        assertThatThrownBy(() -> Lesson.publish("review-1", "Title", " ", "Body", List.of(), "team-1", List.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
