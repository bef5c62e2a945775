package dimple.application.coaching;

import java.time.LocalDate;
import java.util.List;

/**
 * Write a coaching record (a draft) for a member of a team one leads, on its own or following an
 * assessment whose response was to coach.
 *
 * @param employee the person's username
 * @param heldAt the day the conversation was held
 * @param retainUntil the last day the record is kept; null for two years after the conversation
 * @param assessmentId the assessment it follows, or null
 */
public record DraftCoachingRecord(String employee, LocalDate heldAt, String topic, String expectation, String observations,
                                  String agreedActions, LocalDate followUpDate, List<String> lessonIds, LocalDate retainUntil,
                                  String assessmentId) {
}
