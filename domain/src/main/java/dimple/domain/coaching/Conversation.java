package dimple.domain.coaching;

import dimple.domain.shared.Ids;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a coaching conversation was about, as the coach writes it down: when it was held, the topic,
 * the expectation, what was observed, the actions agreed, when to follow up, and lessons worth reading
 * (by id; never a report). The caller has checked the input field by field; this refuses what would
 * break the record.
 */
public record Conversation(LocalDate heldOn, String topic, String expectation, String observations, String agreedActions,
                           LocalDate followUpOn, List<String> lessonIds) {
    public static final int MAX_TOPIC = Topic.MAX;
    public static final int MAX_TEXT = Expectation.MAX;
    public static final int MAX_LESSONS = 20;

    public Conversation {
        Objects.requireNonNull(heldOn, "heldOn");
        topic = Topic.of(topic).text();
        expectation = Expectation.of(expectation).text();
        observations = Observations.of(observations).text();
        agreedActions = AgreedActions.of(agreedActions).text();
        Objects.requireNonNull(followUpOn, "followUpOn");
        if (followUpOn.isBefore(heldOn)) {
            throw new IllegalArgumentException("the follow-up cannot be before the conversation");
        }
        List<String> lessons = lessonIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(lessonIds));
        if (lessons.size() > MAX_LESSONS || !lessons.stream().allMatch(Ids::looksLikeId)) {
            throw new IllegalArgumentException("at most " + MAX_LESSONS + " lesson ids");
        }
        lessonIds = lessons;
    }
}
