package dimple.application.coaching;

import java.time.LocalDate;
import java.util.List;

/** Change a draft. A null field keeps what the draft says. */
public record ReviseCoachingRecord(String id, Long expectedVersion, LocalDate heldAt, String topic, String expectation, String observations,
                                   String agreedActions, LocalDate followUpDate, List<String> lessonIds, LocalDate retainUntil) {
}
