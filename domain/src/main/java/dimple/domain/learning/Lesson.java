package dimple.domain.learning;

import dimple.domain.reporting.ReportKind;
import dimple.domain.shared.AggregateRoot;
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
import java.util.Optional;

/**
 * What the organisation learned from one blameless review: a title, a one-line takeaway, the sections
 * of its story drawn from the review (never naming anyone; {@link LessonSection}), tags, the team it came from and the action items that put it
 * into practice. Published once, when its review is published; the board, search and endorsements of
 * the learning issue build on it.
 *
 * <p>{@code body} is text as written, without sections: a review that wrote no story (its title), a lesson
 * published with a written body, or a lesson from before sections whose body could not be split (V33).
 * A lesson has sections or a body, never both; the page and the API show either.
 */
@Entity
@Table(name = "lesson")
public class Lesson extends AggregateRoot {
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

    @Column(length = 2 * MAX_BODY)
    private String body;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_section", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "position")
    private List<LessonSection> sections = new ArrayList<>();

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

    /** The kind of the report the lesson came from, for the board's filter; null when unknown. */
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ReportKind kind;

    /**
     * Maintained counters, so the board sorts and shows counts without counting rows. The endorsement store
     * keeps them ({@link #counted}); saving the lesson never overwrites them with what it read.
     */
    @Column(name = "applies_count", nullable = false, updatable = false)
    private int appliesCount;

    @Column(name = "applied_count", nullable = false, updatable = false)
    private int appliedCount;

    @Column(name = "endorsement_count", nullable = false, updatable = false)
    private int endorsementCount;

    @Column(name = "implemented_at")
    private Instant implementedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    /** The newer lesson that replaces this one, when {@link LessonStatus#SUPERSEDED}. */
    @Column(name = "superseded_by", length = 36)
    private String supersededBy;

    @Version
    private long version;

    protected Lesson() {
    }

    /** Publishes the lesson of a review with a body as written. Texts are trimmed; tags are kept once each, in order. */
    public static Lesson publish(String reviewId, String title, String takeaway, String body, Collection<String> tags, String teamId,
                                 Collection<String> actionIds, Instant at) {
        return publish(Ids.newId(), reviewId, title, takeaway, List.of(), body, tags, teamId, actionIds, at);
    }

    /** Publishes the lesson a published review drew up, under the id the review named for it ({@link LessonDraft}). */
    public static Lesson publish(LessonDraft draft, Instant at) {
        return publish(draft.lessonId(), draft.reviewId(), draft.title(), draft.takeaway(), draft.sections(), draft.body(), draft.tags(),
                draft.teamId(), draft.actionIds(), at);
    }

    private static Lesson publish(String id, String reviewId, String title, String takeaway, List<LessonSection> sections, String body,
                                  Collection<String> tags, String teamId, Collection<String> actionIds, Instant at) {
        String cleanTitle = Text.trimToNull(title);
        String cleanTakeaway = Text.trimToNull(takeaway);
        String cleanBody = Text.trimToNull(body);
        if (cleanTitle == null || Text.length(cleanTitle) > MAX_TITLE) {
            throw new IllegalArgumentException("a lesson needs a title of at most " + MAX_TITLE + " characters");
        }
        if (cleanTakeaway == null || Text.length(cleanTakeaway) > MAX_TAKEAWAY) {
            throw new IllegalArgumentException("a lesson needs a takeaway of at most " + MAX_TAKEAWAY + " characters");
        }
        if (sections.isEmpty() ? cleanBody == null || Text.length(cleanBody) > MAX_BODY : cleanBody != null) {
            throw new IllegalArgumentException("a lesson needs sections or a body of at most " + MAX_BODY + " characters");
        }
        Lesson lesson = new Lesson();
        lesson.id = Objects.requireNonNull(id);
        lesson.reviewId = Objects.requireNonNull(reviewId);
        lesson.title = cleanTitle;
        lesson.takeaway = cleanTakeaway;
        lesson.body = cleanBody;
        lesson.sections.addAll(sections);
        lesson.tags.addAll(new LinkedHashSet<>(tags));
        lesson.teamId = Objects.requireNonNull(teamId);
        lesson.status = LessonStatus.PUBLISHED;
        lesson.publishedAt = Objects.requireNonNull(at);
        lesson.actionIds.addAll(new LinkedHashSet<>(actionIds));
        return lesson;
    }

    /** Names the kind of the report the lesson came from (shown and filtered on the board). */
    public void classify(ReportKind reportKind) {
        this.kind = reportKind;
    }

    /**
     * One person's endorsement, to be added by {@link EndorsementRepository#add}. A person endorses a
     * lesson once per kind: when they did already, nothing is returned. The lesson itself does not
     * change: the store counts what it adds ({@link #counted}), so that people endorsing at the same
     * moment never conflict over the lesson's version (issue 20).
     */
    public Optional<Endorsement> endorse(String accountId, EndorsementKind endorsementKind, boolean alreadyEndorsed, Instant at) {
        Objects.requireNonNull(endorsementKind);
        if (alreadyEndorsed) {
            return Optional.empty();
        }
        return Optional.of(Endorsement.of(id, accountId, endorsementKind, at));
    }

    /**
     * Counts an endorsement of this lesson that its store added. A store that keeps lessons in memory calls
     * this; the database store counts in place, in one statement, and reads the lesson again instead.
     */
    public void counted(Endorsement endorsement) {
        if (!endorsement.lessonId().equals(id)) {
            throw new IllegalArgumentException("an endorsement of another lesson");
        }
        switch (endorsement.kind()) {
            case APPLIES_TO_MY_TEAM -> appliesCount++;
            case I_APPLIED_THIS -> appliedCount++;
        }
        endorsementCount = appliesCount + appliedCount;
    }

    /**
     * All its action items are done: the lesson is in practice ({@link LessonImplemented}). Only a
     * published lesson moves; again changes nothing.
     */
    public boolean implement(Instant at) {
        if (status != LessonStatus.PUBLISHED) {
            return false;
        }
        status = LessonStatus.IMPLEMENTED;
        implementedAt = Objects.requireNonNull(at);
        record(new LessonImplemented(id, reviewId, title, takeaway, at));
        return true;
    }

    /** A leader takes the lesson off the board; it stays readable by its link. */
    public void archive(Instant at) {
        checkCurrent();
        status = LessonStatus.ARCHIVED;
        retiredAt = Objects.requireNonNull(at);
    }

    /** A newer lesson replaces this one; this one links to it. */
    public void supersedeBy(Lesson newer, Instant at) {
        checkCurrent();
        if (newer == null || newer.id.equals(id)) {
            throw new LessonCannotMove("rule.lessonCannotMove.notAnother");
        }
        if (!newer.status.isCurrent()) {
            throw new LessonCannotMove("rule.lessonCannotMove.notCurrent");
        }
        status = LessonStatus.SUPERSEDED;
        supersededBy = newer.id;
        retiredAt = Objects.requireNonNull(at);
    }

    private void checkCurrent() {
        if (!status.isCurrent()) {
            throw new LessonCannotMove("rule.lessonCannotMove.already." + status.name());
        }
    }

    public ReportKind kind() {
        return kind;
    }

    public int endorsements(EndorsementKind endorsementKind) {
        return endorsementKind == EndorsementKind.APPLIES_TO_MY_TEAM ? appliesCount : appliedCount;
    }

    public int endorsementCount() {
        return endorsementCount;
    }

    public Instant implementedAt() {
        return implementedAt;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public Optional<String> supersededBy() {
        return Optional.ofNullable(supersededBy);
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

    /** The body as written, when the lesson has no sections (see the class comment); null otherwise. */
    public String body() {
        return body;
    }

    /** The sections of the story in reading order; empty when the lesson has a written body instead. */
    public List<LessonSection> sections() {
        return List.copyOf(sections);
    }

    /** Every text of the story (the sections' texts, or the written body), for the search index: no headings. */
    public List<String> storyTexts() {
        return sections.isEmpty() ? List.of(body) : sections.stream().map(LessonSection::text).toList();
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
