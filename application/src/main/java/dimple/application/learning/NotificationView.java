package dimple.application.learning;

import java.time.Instant;

/**
 * Something the caller is told in the app. {@code kind}: REPORT_TRIAGED, REVIEW_PUBLISHED,
 * ACTION_ASSIGNED; {@code link} is a page of the app relative to its root, or null.
 */
public record NotificationView(String id, String kind, String text, String link, Instant createdAt, Instant readAt) implements java.io.Serializable {
    public boolean unread() {
        return readAt == null;
    }
}
