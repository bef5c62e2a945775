package dimple.application.learning;

import dimple.domain.shared.Message;
import java.time.Instant;

/**
 * Something the caller is told in the app. {@code kind}: REPORT_TRIAGED, REVIEW_PUBLISHED,
 * ACTION_ASSIGNED, LESSON_IMPLEMENTED, REPORT_SUBMITTED, QUESTION_ASKED, QUESTION_ANSWERED,
 * COACHING_RECORD_SHARED, COACHING_RECORD_ACKNOWLEDGED, COACHING_RECORD_DECLINED; {@code message} is what
 * they read, rendered by the web tier (ADR 20); {@code link} is a page of the app relative to its root, or
 * null; {@code dayOnly}: only the day of {@code createdAt} means anything (what a confidential reporter did).
 */
public record NotificationView(String id, String kind, Message message, String link, Instant createdAt, Instant readAt, boolean dayOnly)
        implements java.io.Serializable {
    /** At most this many characters of the message are shown; a longer one ends in an ellipsis. */
    public static final int MAX_TEXT = dimple.domain.learning.Notification.MAX_TEXT;

    public boolean unread() {
        return readAt == null;
    }
}
