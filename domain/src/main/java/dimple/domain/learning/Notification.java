package dimple.domain.learning;

import dimple.domain.shared.Ids;
import dimple.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Something one person is told in the app, such as the outcome of the triage of their report. It is
 * addressed by account id, so a confidential reporter is told too without anybody else learning who
 * they are: only the recipient ever reads it, and its text never names the recipient.
 */
@Entity
@Table(name = "notification")
public class Notification {
    public static final int MAX_TEXT = 1000;
    public static final int MAX_LINK = 300;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "recipient_account_id", nullable = false, length = 36)
    private String recipientAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(nullable = false, length = 2 * MAX_TEXT)
    private String text;

    /** Where in the app to look, as a path relative to the application (e.g. {@code report/view.xhtml?id=...}); may be null. */
    @Column(length = MAX_LINK)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public static Notification to(String recipientAccountId, NotificationKind kind, String text, String link, Instant at) {
        String clean = Text.trimToNull(text);
        if (clean == null) {
            throw new IllegalArgumentException("a notification needs a text");
        }
        if (link != null && link.length() > MAX_LINK) {
            throw new IllegalArgumentException("link too long");
        }
        Notification notification = new Notification();
        notification.id = Ids.newId();
        notification.recipientAccountId = Objects.requireNonNull(recipientAccountId);
        notification.kind = Objects.requireNonNull(kind);
        notification.text = Text.length(clean) > MAX_TEXT ? clean.substring(0, clean.offsetByCodePoints(0, MAX_TEXT - 1)) + "…" : clean;
        notification.link = link;
        notification.createdAt = Objects.requireNonNull(at);
        return notification;
    }

    /** The recipient has seen it. Reading it again changes nothing. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = Objects.requireNonNull(at);
        }
    }

    public boolean isFor(String accountId) {
        return recipientAccountId.equals(accountId);
    }

    public boolean isRead() {
        return readAt != null;
    }

    public String id() {
        return id;
    }

    public String recipientAccountId() {
        return recipientAccountId;
    }

    public NotificationKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
