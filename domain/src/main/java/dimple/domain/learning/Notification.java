package dimple.domain.learning;

import dimple.domain.shared.Ids;
import dimple.domain.shared.Message;
import dimple.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something one person is told in the app, such as the outcome of the triage of their report. It is
 * addressed by account id, so a confidential reporter is told too without anybody else learning who
 * they are: only the recipient ever reads it, and its text never names the recipient.
 *
 * <p>It stores its kind and the facts it tells (ADR 20), not words: {@link #message()} is what the web
 * tier renders in the reader's language. Rows written before that, and the demo's, keep a text that is
 * shown as written.
 */
@Entity
@Table(name = "notification")
public class Notification {
    public static final int MAX_TEXT = 1000;
    public static final int MAX_LINK = 300;
    /** Between two stored facts; a control character nobody types (and taken out of the facts). */
    static final char SEPARATOR = '\u001F';
    private static final String NONE = "";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "recipient_account_id", nullable = false, length = 36)
    private String recipientAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    /** Words as written, shown as they are: rows from before the facts were stored, and the demo's. Null otherwise. */
    @Column(length = 2 * MAX_TEXT)
    private String text;

    /** The facts the kind tells, in its order (see {@link #message()}), separated by {@link #SEPARATOR}; null for a text as written. */
    @Column(length = 8 * MAX_TEXT)
    private String facts;

    /** Where in the app to look, as a path relative to the application (e.g. {@code report/view.xhtml?id=...}); may be null. */
    @Column(length = MAX_LINK)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    /** A notification with words as written (the demo's sample records), shown as they are. */
    public static Notification to(String recipientAccountId, NotificationKind kind, String text, String link, Instant at) {
        String clean = Text.trimToNull(text);
        if (clean == null) {
            throw new IllegalArgumentException("a notification needs a text");
        }
        Notification notification = addressed(recipientAccountId, kind, link, at);
        notification.text = shortened(clean);
        return notification;
    }

    /** A report's triage was recorded: its number, title, outcome, the number of the report it repeats (if any) and the team's note (if any). */
    public static Notification reportTriaged(String recipientAccountId, String number, String title, String outcome, String originalNumber,
                                             String note, String link, Instant at) {
        return about(recipientAccountId, NotificationKind.REPORT_TRIAGED, link, at, number, title, outcome, originalNumber, note);
    }

    /** The review of a report was published: the report's number and the lesson's takeaway. */
    public static Notification reviewPublished(String recipientAccountId, String number, String takeaway, String link, Instant at) {
        return about(recipientAccountId, NotificationKind.REVIEW_PUBLISHED, link, at, number, takeaway);
    }

    /** An action item was planned with the recipient as owner: its title and due date. */
    public static Notification actionAssigned(String recipientAccountId, String title, String dueDate, String link, Instant at) {
        return about(recipientAccountId, NotificationKind.ACTION_ASSIGNED, link, at, title, dueDate);
    }

    /** Every action of a lesson is done: the lesson's title and takeaway. */
    public static Notification lessonImplemented(String recipientAccountId, String title, String takeaway, String link, Instant at) {
        return about(recipientAccountId, NotificationKind.LESSON_IMPLEMENTED, link, at, title, takeaway);
    }

    /**
     * A report was filed in a team the recipient leads: its number, title and mode. {@code at} is the time the
     * report keeps, the day only for a confidential report, so the notification is the same whoever filed it.
     */
    public static Notification reportSubmitted(String recipientAccountId, String number, String title, String mode, String link, Instant at) {
        return about(recipientAccountId, NotificationKind.REPORT_SUBMITTED, link, at, number, title, mode);
    }

    /** A leader asked the recipient a question about their report: its number and title. */
    public static Notification questionAsked(String recipientAccountId, String number, String title, String link, Instant at) {
        return about(recipientAccountId, NotificationKind.QUESTION_ASKED, link, at, number, title);
    }

    /** The reporter answered the recipient's question: the report's number, title and mode ({@code at}: the day only when confidential). */
    public static Notification questionAnswered(String recipientAccountId, String number, String title, String mode, String link, Instant at) {
        return about(recipientAccountId, NotificationKind.QUESTION_ANSWERED, link, at, number, title, mode);
    }

    /** A notification of the kind that tells these facts, in the kind's order (a missing fact is null). */
    public static Notification about(String recipientAccountId, NotificationKind kind, String link, Instant at, String... facts) {
        if (facts.length != kind.facts()) {
            throw new IllegalArgumentException(kind + " tells " + kind.facts() + " facts");
        }
        Notification notification = addressed(recipientAccountId, kind, link, at);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < facts.length; i++) {
            if (i > 0) {
                joined.append(SEPARATOR);
            }
            joined.append(facts[i] == null ? NONE : facts[i].replace(SEPARATOR, ' '));
        }
        notification.facts = joined.toString();
        return notification;
    }

    private static Notification addressed(String recipientAccountId, NotificationKind kind, String link, Instant at) {
        if (link != null && link.length() > MAX_LINK) {
            throw new IllegalArgumentException("link too long");
        }
        Notification notification = new Notification();
        notification.id = Ids.newId();
        notification.recipientAccountId = Objects.requireNonNull(recipientAccountId);
        notification.kind = Objects.requireNonNull(kind);
        notification.link = link;
        notification.createdAt = Objects.requireNonNull(at);
        return notification;
    }

    /** A text as written is kept to {@link #MAX_TEXT} characters; a longer one ends in an ellipsis. */
    private static String shortened(String text) {
        return Text.length(text) > MAX_TEXT ? text.substring(0, text.offsetByCodePoints(0, MAX_TEXT - 1)) + "…" : text;
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

    /** The words as written, for rows that have no facts; null otherwise. */
    public String text() {
        return text;
    }

    /** The facts, in the kind's order, a missing one as null; empty for a text as written. */
    public List<String> facts() {
        if (facts == null || kind.facts() == 0) {
            return List.of();
        }
        List<String> all = new ArrayList<>();
        for (String fact : facts.split(String.valueOf(SEPARATOR), -1)) {
            all.add(fact.isEmpty() ? null : fact);
        }
        return all;
    }

    /**
     * What the recipient reads, as a code and its arguments: {@code notification.<kind>[.<outcome>]}, with
     * the team's note after a triage's outcome ({@code notification.withNote}); a text as written is
     * {@code notification.asWritten}. The web tier shows at most {@link #MAX_TEXT} characters of it.
     */
    public Message message() {
        if (facts == null) {
            return Message.of("notification.asWritten", text);
        }
        List<String> f = facts();
        return switch (kind) {
            case REPORT_TRIAGED -> {
                String outcome = f.get(2);
                Message told = Arrays.asList("NOTED", "IN_REVIEW", "DUPLICATE").contains(outcome)
                        ? Message.of("notification.REPORT_TRIAGED." + outcome, f.get(0), f.get(1), f.get(3))
                        : Message.of("notification.REPORT_TRIAGED", f.get(0), f.get(1));
                yield f.get(4) == null ? told : Message.of("notification.withNote", told, f.get(4));
            }
            case REVIEW_PUBLISHED -> Message.of("notification.REVIEW_PUBLISHED", f.get(0), f.get(1));
            case ACTION_ASSIGNED -> Message.of("notification.ACTION_ASSIGNED", f.get(0), f.get(1));
            case LESSON_IMPLEMENTED -> Message.of("notification.LESSON_IMPLEMENTED", f.get(0), f.get(1));
            case REPORT_SUBMITTED -> Message.of(confidential(f) ? "notification.REPORT_SUBMITTED." + f.get(2) : "notification.REPORT_SUBMITTED",
                    f.get(0), f.get(1));
            case QUESTION_ASKED -> Message.of("notification.QUESTION_ASKED", f.get(0), f.get(1));
            case QUESTION_ANSWERED -> Message.of("notification.QUESTION_ANSWERED", f.get(0), f.get(1));
            case COACHING_RECORD_SHARED, COACHING_RECORD_ACKNOWLEDGED, COACHING_RECORD_DECLINED -> Message.of("notification." + kind.name());
        };
    }

    /**
     * Whether only the day of {@link #createdAt()} means anything: a notification of what a confidential
     * reporter did (filing, answering) keeps the day only, as the report does, and is shown so.
     */
    public boolean dayOnly() {
        return (kind == NotificationKind.REPORT_SUBMITTED || kind == NotificationKind.QUESTION_ANSWERED) && facts != null && confidential(facts());
    }

    private static boolean confidential(List<String> facts) {
        return facts.size() > 2 && ("CONFIDENTIAL".equals(facts.get(2)) || "ANONYMOUS".equals(facts.get(2)));
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
