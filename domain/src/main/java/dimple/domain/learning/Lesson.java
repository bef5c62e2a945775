package dimple.domain.learning;

import dimple.domain.shared.Ids;
import dimple.domain.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What the organisation learned from one blameless review: a title, a one-line takeaway, a body drawn
 * from the review (never naming anyone), tags, the team it came from and the action items that put it
 * into practice. Published once, when its review is published; the board, search and endorsements of
 * the learning issue build on it.
 */
@Entity
@Table(name = "lesson")
public class Lesson {
    public static final int MAX_TITLE = 200;
    public static final int MAX_TAKEAWAY = 300;
    public static final int MAX_BODY = 60_000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "review_id", nullable = false, unique = true, length = 36)
    private String reviewId;

    @Column(nullable = false, length = 2 * MAX_TITLE)
    private String title;

    @Column(nullable = false, length = 2 * MAX_TAKEAWAY)
    private String takeaway;

    @Column(nullable = false, length = 2 * MAX_BODY)
    private String body;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_tag", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", length = 80)
    private List<String> tags = new ArrayList<>();

    @Column(name = "team_id", nullable = false, length = 36)
    private String teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LessonStatus status;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_action", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "position")
    @Column(name = "action_id", length = 36)
    private List<String> actionIds = new ArrayList<>();

    @Version
    private long version;

    protected Lesson() {
    }

    /** Publishes the lesson of a review. Texts are trimmed; tags are kept once each, in order. */
    public static Lesson publish(String reviewId, String title, String takeaway, String body, Collection<String> tags, String teamId,
                                 Collection<String> actionIds, Instant at) {
        String cleanTitle = Text.trimToNull(title);
        String cleanTakeaway = Text.trimToNull(takeaway);
        String cleanBody = Text.trimToNull(body);
        if (cleanTitle == null || Text.length(cleanTitle) > MAX_TITLE) {
            throw new IllegalArgumentException("a lesson needs a title of at most " + MAX_TITLE + " characters");
        }
        if (cleanTakeaway == null || Text.length(cleanTakeaway) > MAX_TAKEAWAY) {
            throw new IllegalArgumentException("a lesson needs a takeaway of at most " + MAX_TAKEAWAY + " characters");
        }
        if (cleanBody == null || Text.length(cleanBody) > MAX_BODY) {
            throw new IllegalArgumentException("a lesson needs a body of at most " + MAX_BODY + " characters");
        }
        Lesson lesson = new Lesson();
        lesson.id = Ids.newId();
        lesson.reviewId = Objects.requireNonNull(reviewId);
        lesson.title = cleanTitle;
        lesson.takeaway = cleanTakeaway;
        lesson.body = cleanBody;
        lesson.tags.addAll(new LinkedHashSet<>(tags));
        lesson.teamId = Objects.requireNonNull(teamId);
        lesson.status = LessonStatus.PUBLISHED;
        lesson.publishedAt = Objects.requireNonNull(at);
        lesson.actionIds.addAll(new LinkedHashSet<>(actionIds));
        return lesson;
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public String title() {
        return title;
    }

    public String takeaway() {
        return takeaway;
    }

    public String body() {
        return body;
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public String teamId() {
        return teamId;
    }

    public LessonStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<String> actionIds() {
        return List.copyOf(actionIds);
    }

    public long version() {
        return version;
    }
}
