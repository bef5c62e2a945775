package dimple.domain.coaching;

import dimple.domain.shared.Ids;
import dimple.domain.shared.Text;
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
    public static final int MAX_TOPIC = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_LESSONS = 20;

    public Conversation {
        Objects.requireNonNull(heldOn, "heldOn");
        topic = required(topic, MAX_TOPIC, "topic");
        expectation = required(expectation, MAX_TEXT, "expectation");
        observations = required(observations, MAX_TEXT, "observations");
        agreedActions = required(agreedActions, MAX_TEXT, "agreedActions");
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

    private static String required(String text, int max, String name) {
        String clean = Text.trimToNull(text);
        if (clean == null || Text.length(clean) > max) {
            throw new IllegalArgumentException(name + " is required and has at most " + max + " characters");
        }
        return clean;
    }
}
