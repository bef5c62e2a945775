package dimple.domain.review;

import dimple.domain.shared.Ids;
import dimple.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One moment of what happened, on a review's timeline: when, what, and what kind of moment it was. */
@Entity
@Table(name = "review_timeline_entry")
public class TimelineEntry {
    public static final int MAX_TEXT = TimelineText.MAX;

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id", nullable = false)
    private Review review;

    /** Breaks ties between entries of the same moment: the order they were added. */
    @Column(nullable = false)
    private int position;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(nullable = false, length = 2 * MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TimelineKind kind;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TimelineEntry() {
    }

    TimelineEntry(Review review, int position, Instant happenedAt, String text, TimelineKind kind, Instant recordedAt) {
        String clean = TimelineText.of(text).text();
        this.id = Ids.newId();
        this.review = review;
        this.position = position;
        this.happenedAt = Objects.requireNonNull(happenedAt);
        this.text = clean;
        this.kind = Objects.requireNonNull(kind);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** A corrected time, text or kind; the text is checked as when the entry was added. */
    void correct(Instant happenedAt, String text, TimelineKind kind) {
        String clean = TimelineText.of(text).text();
        this.happenedAt = Objects.requireNonNull(happenedAt);
        this.text = clean;
        this.kind = Objects.requireNonNull(kind);
    }

    /** The entry in one line, for the history. */
    String describe() {
        return happenedAt + " " + kind + ": " + text;
    }

    public String id() {
        return id;
    }

    int position() {
        return position;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public String text() {
        return text;
    }

    public TimelineKind kind() {
        return kind;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
