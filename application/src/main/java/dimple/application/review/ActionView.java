package dimple.application.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An action item. {@code type}: CORRECTIVE, PREVENTIVE, DETECTIVE; {@code priority}: LOW, MEDIUM,
 * HIGH; {@code status}: OPEN, IN_PROGRESS, DONE, NOT_DOING ({@code reason} says why not).
 *
 * @param nextStatuses where the viewer may move it now (empty when they may not move it)
 * @param version changes with every change of the item; the API sends it as the ETag
 */
public record ActionView(String id, String reviewId, String reviewTitle, String team, String title, String type, String owner,
                         String ownerName, LocalDate dueDate, String priority, String status, String reason, boolean overdue,
                         Instant createdAt, Instant closedAt, List<String> nextStatuses, long version) implements java.io.Serializable {
    public boolean mayMove() {
        return !nextStatuses.isEmpty();
    }
}
