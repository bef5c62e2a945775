package dimple.web.learning;

import dimple.application.learning.NotificationView;
import dimple.application.shared.PageView;
import dimple.web.shared.Words;
import java.time.Instant;
import java.util.Locale;

/**
 * A notification as the API shows it (API.md, {@code GET /api/inbox}): its message rendered in the
 * reader's language as {@code text}, at most {@link NotificationView#MAX_TEXT} characters.
 */
public record ShownNotification(String id, String kind, String text, String link, Instant createdAt, Instant readAt) {

    public static ShownNotification of(NotificationView view, Locale locale) {
        return new ShownNotification(view.id(), view.kind(), text(view, locale), view.link(), view.createdAt(), view.readAt());
    }

    public static PageView<ShownNotification> of(PageView<NotificationView> page, Locale locale) {
        return new PageView<>(page.items().stream().map(n -> of(n, locale)).toList(), page.page(), page.size(), page.total());
    }

    /** What the recipient reads. */
    public static String text(NotificationView view, Locale locale) {
        String text = Words.render(view.message(), locale).strip();
        return text.codePointCount(0, text.length()) > NotificationView.MAX_TEXT
                ? text.substring(0, text.offsetByCodePoints(0, NotificationView.MAX_TEXT - 1)) + "\u2026" : text;
    }
}
