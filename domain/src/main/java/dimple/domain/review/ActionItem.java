package dimple.domain.review;

import dimple.domain.identity.Account;
import dimple.domain.shared.AggregateRoot;
import dimple.domain.shared.Ids;
import dimple.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Something a review decided to do: fix what went wrong ({@link ActionType#CORRECTIVE}), keep it from
 * happening again ({@link ActionType#PREVENTIVE}) or notice it sooner ({@link ActionType#DETECTIVE}).
 * It has one owner, a due date ({@value #DEFAULT_DAYS} days after planning unless given) and a
 * priority, and moves {@code OPEN → IN_PROGRESS → DONE | NOT_DOING}; not doing needs a reason.
 *
 * <p>An aggregate of its own: it is planned while its review is open for change, and it moves on
 * after the review is published (that is how a lesson gets implemented). Every change is recorded as
 * a {@link FieldChange} for the review's history; planning records {@link ActionItemPlanned}, reaching
 * a final state {@link ActionItemClosed}.
 */
@Entity
@Table(name = "action_item")
public class ActionItem extends AggregateRoot {
    public static final int MAX_TITLE = ActionTitle.MAX;
    public static final int MAX_REASON = ActionReason.MAX;
    public static final int DEFAULT_DAYS = 7;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "review_id", nullable = false, length = 36)
    private String reviewId;

    @Column(name = "team_id", nullable = false, length = 36)
    private String teamId;

    @Column(nullable = false, length = 2 * MAX_TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionType type;

    @Column(name = "owner_id", nullable = false, length = 36)
    private String ownerAccountId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ActionPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status;

    /** Why the item will not be done. */
    @Column(length = 2 * MAX_REASON)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 36)
    private String createdByAccountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    @Transient
    private final List<FieldChange> changes = new ArrayList<>();

    protected ActionItem() {
    }

    /**
     * Plans an action item of a review that is still open for change.
     *
     * @param dueDate null for {@value #DEFAULT_DAYS} days after planning (UTC)
     * @param priority null for {@link ActionPriority#MEDIUM}
     */
    public static ActionItem plan(Review review, String title, ActionType type, String ownerAccountId, LocalDate dueDate,
                                  ActionPriority priority, String plannerAccountId, Instant at) {
        review.checkOpenForChange();
        String clean = ActionTitle.of(title).text();
        ActionItem item = new ActionItem();
        item.id = Ids.newId();
        item.reviewId = review.id();
        item.teamId = review.teamId();
        item.title = clean;
        item.type = Objects.requireNonNull(type);
        item.ownerAccountId = Objects.requireNonNull(ownerAccountId);
        item.dueDate = dueDate == null ? defaultDueDate(at) : dueDate;
        item.priority = priority == null ? ActionPriority.MEDIUM : priority;
        item.status = ActionStatus.OPEN;
        item.createdByAccountId = Objects.requireNonNull(plannerAccountId);
        item.createdAt = Objects.requireNonNull(at);
        item.updatedAt = at;
        item.changes.add(new FieldChange("action", null, clean));
        item.record(new ActionItemPlanned(item.id, item.reviewId, item.teamId, clean, item.ownerAccountId, plannerAccountId, item.dueDate, at));
        return item;
    }

    public static LocalDate defaultDueDate(Instant plannedAt) {
        return LocalDate.ofInstant(plannedAt, ZoneOffset.UTC).plusDays(DEFAULT_DAYS);
    }

    /**
     * Corrects what the item is while its review is being drafted: title, type, owner, due date and
     * priority. An item already handed to its owner may be corrected too (it is still the review's plan),
     * but not once it is done or dropped ({@link ClosedActionsAreKept}). After the
     * review leaves drafting the item is no longer corrected; it only follows its own states
     * ({@link #moveTo}). Items are not deleted: dropping one ("not doing", with a reason) keeps it out of
     * the lesson and keeps the history of who planned what.
     *
     * @param review the item's review, which must be drafting ({@link OnlyDraftsAreCorrected})
     * @param dueDate null keeps the due date
     * @param priority null keeps the priority
     */
    public void revise(Review review, String newTitle, ActionType newType, String newOwnerAccountId, LocalDate dueDate,
                       ActionPriority priority, Instant at) {
        if (!review.id().equals(reviewId)) {
            throw new IllegalArgumentException("the item belongs to another review");
        }
        review.checkDrafting();
        if (status.isClosed()) {
            throw new ClosedActionsAreKept();
        }
        String clean = ActionTitle.of(newTitle).text();
        LocalDate nextDue = dueDate == null ? this.dueDate : dueDate;
        ActionPriority nextPriority = priority == null ? this.priority : priority;
        revised("title", title, clean);
        revised("type", type.name(), Objects.requireNonNull(newType).name());
        revised("owner", ownerAccountId, Objects.requireNonNull(newOwnerAccountId));
        revised("dueDate", this.dueDate.toString(), nextDue.toString());
        revised("priority", this.priority.name(), nextPriority.name());
        title = clean;
        type = newType;
        ownerAccountId = newOwnerAccountId;
        this.dueDate = nextDue;
        this.priority = nextPriority;
        updatedAt = Objects.requireNonNull(at);
    }

    private void revised(String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    /** Moves the item on. Not doing it needs a reason; done and not doing are final. */
    public void moveTo(ActionStatus next, String why, Instant at) {
        Objects.requireNonNull(next);
        if (!status.mayMoveTo(next)) {
            throw new ActionCannotMove(status, next);
        }
        String clean = Text.trimToNull(why);
        if (next == ActionStatus.NOT_DOING && clean == null) {
            throw new NotDoingNeedsAReason();
        }
        clean = ActionReason.of(clean).text();
        changes.add(new FieldChange("status", status.name(), next.name()));
        status = next;
        if (next == ActionStatus.NOT_DOING) {
            changes.add(new FieldChange("reason", reason, clean));
            reason = clean;
        }
        if (next.isClosed()) {
            closedAt = Objects.requireNonNull(at);
            record(new ActionItemClosed(id, reviewId, next.name(), at));
        }
        updatedAt = at;
    }

    /** Still to be done and the due date has passed. */
    public boolean isOverdueOn(LocalDate today) {
        return !status.isClosed() && today.isAfter(dueDate);
    }

    /** The owner moves their item on; leaders of its team move any item of the team. */
    public boolean mayBeMovedBy(Account person) {
        return isOwnedBy(person.id()) || person.leads(teamId);
    }

    public boolean isOwnedBy(String accountId) {
        return ownerAccountId.equals(accountId);
    }

    /** The changes made since they were last taken, oldest first; taking them empties the list. */
    public List<FieldChange> takeChanges() {
        List<FieldChange> taken = List.copyOf(changes);
        changes.clear();
        return taken;
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public String teamId() {
        return teamId;
    }

    public String title() {
        return title;
    }

    public ActionType type() {
        return type;
    }

    public String ownerAccountId() {
        return ownerAccountId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public ActionPriority priority() {
        return priority;
    }

    public ActionStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String createdByAccountId() {
        return createdByAccountId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
