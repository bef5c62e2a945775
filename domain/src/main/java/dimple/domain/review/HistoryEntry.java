package dimple.domain.review;

import dimple.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a review's history: who changed which field of the review (or of one of its action
 * items), when, from what to what. Written once, never changed. Long values are cut to
 * {@value #MAX_VALUE} characters.
 */
@Entity
@Table(name = "review_history")
public class HistoryEntry {
    public static final int MAX_VALUE = 8000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "review_id", nullable = false, length = 36)
    private String reviewId;

    /** The action item changed, or null for a change of the review itself. */
    @Column(name = "action_id", length = 36)
    private String actionId;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(name = "actor_id", nullable = false, length = 36)
    private String actorAccountId;

    @Column(nullable = false, length = 40)
    private String field;

    @Column(name = "old_value", length = 2 * MAX_VALUE)
    private String oldValue;

    @Column(name = "new_value", length = 2 * MAX_VALUE)
    private String newValue;

    protected HistoryEntry() {
    }

    public static HistoryEntry of(String reviewId, String actionId, String actorAccountId, FieldChange change, Instant at) {
        HistoryEntry entry = new HistoryEntry();
        entry.id = Ids.newId();
        entry.reviewId = Objects.requireNonNull(reviewId);
        entry.actionId = actionId;
        entry.actorAccountId = Objects.requireNonNull(actorAccountId);
        entry.at = Objects.requireNonNull(at);
        entry.field = Objects.requireNonNull(change.field());
        entry.oldValue = cut(change.oldValue());
        entry.newValue = cut(change.newValue());
        return entry;
    }

    private static String cut(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= MAX_VALUE) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_VALUE - 1)) + "…";
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public String actionId() {
        return actionId;
    }

    public Instant at() {
        return at;
    }

    public String actorAccountId() {
        return actorAccountId;
    }

    public String field() {
        return field;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }
}
