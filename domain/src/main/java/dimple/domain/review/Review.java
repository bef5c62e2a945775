package dimple.domain.review;

import dimple.domain.identity.Account;
import dimple.domain.shared.AggregateRoot;
import dimple.domain.shared.Ids;
import dimple.domain.shared.Message;
import dimple.domain.shared.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A blameless review of one or more related reports of a team: the story told as a timeline, the
 * contributing factors with their chains of whys, what went well, wrong and lucky, and the candour
 * statement — what happened, why it happened, how it can be fixed — about systems, never culprits.
 * Action items belong to the review but are aggregates of their own ({@link ActionItem}).
 *
 * <p>States: {@code DRAFTING → IN_REVIEW → APPROVED → PUBLISHED}; in review may go back to drafting
 * with a reason. Approval needs a factor and an action (or a reason why none is needed). Publishing
 * freezes the review (every later change is refused) and records {@link ReviewPublished} with what it
 * found, from which the learning context publishes its lesson under the id the review names.
 *
 * <p>Every change is recorded as a {@link FieldChange}; the caller {@link #takeChanges() takes} them
 * and stores them with who made them. The version changes with every change of the review itself
 * (texts, people, timeline, factors, reports, state), so it can serve as an ETag.
 */
@Entity
@Table(name = "review")
public class Review extends AggregateRoot {
    public static final int MAX_REASON = ReturnReason.MAX;
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG = 40;
    public static final int MAX_PARTICIPANTS = 30;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*");

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "team_id", nullable = false, length = 36)
    private String teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status;

    @Column(nullable = false, length = 400)
    private String title;

    @Column(length = 4000)
    private String summary;

    @Column(length = 600)
    private String takeaway;

    @Column(name = "what_happened", length = 16000)
    private String whatHappened;

    @Column(name = "why_it_happened", length = 16000)
    private String whyItHappened;

    @Column(name = "how_fixed", length = 16000)
    private String howFixed;

    @Column(name = "went_well", length = 8000)
    private String wentWell;

    @Column(name = "went_wrong", length = 8000)
    private String wentWrong;

    @Column(name = "got_lucky", length = 8000)
    private String gotLucky;

    @Column(name = "no_action_reason", length = 2000)
    private String noActionReason;

    /** Why the review last went back from review to drafting; null until it does. */
    @Column(name = "return_reason", length = 2 * MAX_REASON)
    private String returnReason;

    @Column(name = "facilitator_id", length = 36)
    private String facilitatorAccountId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_participant", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "account_id", length = 36)
    private Set<String> participantAccountIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_report", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "report_id", length = 36)
    private Set<String> reportIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_tag", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", length = 2 * MAX_TAG)
    private List<String> tags = new ArrayList<>();

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("happenedAt ASC, position ASC")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<ContributingFactor> factors = new ArrayList<>();

    @Column(name = "opened_by", nullable = false, length = 36)
    private String openedByAccountId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    /** The leader whose approval is the first of two, where the organisation asks for a second; null otherwise. */
    @Column(name = "first_approved_by", length = 36)
    private String firstApprovedByAccountId;

    @Column(name = "first_approved_at")
    private Instant firstApprovedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "lesson_id", length = 36)
    private String lessonId;

    @Version
    private long version;

    @Transient
    private final List<FieldChange> changes = new ArrayList<>();

    protected Review() {
    }

    /**
     * Opens a review of a report, in drafting, titled like the report. The leader who opens it is its
     * facilitator until somebody else is named.
     */
    public static Review open(String reportId, String teamId, String title, String leaderAccountId, Instant at) {
        return openAs(Ids.newId(), reportId, teamId, title, leaderAccountId, at);
    }

    /** Opens a review under an id chosen beforehand: the triage that sends a report into a new review names it. */
    public static Review openAs(String reviewId, String reportId, String teamId, String title, String leaderAccountId, Instant at) {
        Review review = new Review();
        review.id = Objects.requireNonNull(reviewId);
        review.teamId = Objects.requireNonNull(teamId);
        review.status = ReviewStatus.DRAFTING;
        review.title = checked(ReviewText.TITLE, title);
        if (review.title == null) {
            throw new IllegalArgumentException("a review needs a title");
        }
        review.reportIds.add(Objects.requireNonNull(reportId));
        review.openedByAccountId = Objects.requireNonNull(leaderAccountId);
        review.facilitatorAccountId = leaderAccountId;
        review.openedAt = Objects.requireNonNull(at);
        review.updatedAt = at;
        review.changes.add(new FieldChange("status", null, ReviewStatus.DRAFTING.name()));
        return review;
    }

    // --- what the review covers, and who takes part ---

    /** The review also covers this related report of the same team. Covering a report twice changes nothing. */
    public void cover(String reportId, String reportTeamId, Instant at) {
        checkOpenForChange();
        if (!teamId.equals(reportTeamId)) {
            throw new ReviewCoversOneTeam();
        }
        if (reportIds.add(Objects.requireNonNull(reportId))) {
            changed("reports", null, reportId, at);
        }
    }

    /**
     * Names the facilitator (null for none). A leader of the team may name anyone; somebody else who
     * changes the review (a facilitator who does not lead the team) may name only a person of the team.
     */
    public void appointFacilitator(Account by, Account facilitator, Instant at) {
        checkOpenForChange();
        String accountId = facilitator == null ? null : facilitator.id();
        if (!Objects.equals(facilitatorAccountId, accountId)) {
            checkMayName(by, facilitator, List.of());
            changed("facilitator", facilitatorAccountId, accountId, at);
            facilitatorAccountId = accountId;
        }
    }

    /**
     * Replaces the participants (who may read the review) with these people. A leader of the team may
     * invite anyone; somebody else who changes the review (a facilitator who does not lead the team) may
     * add only people of the team, and may keep or remove the participants already invited.
     */
    public void inviteParticipants(Account by, Collection<Account> people, Instant at) {
        checkOpenForChange();
        Set<String> next = new HashSet<>();
        people.forEach(person -> next.add(person.id()));
        if (next.size() > MAX_PARTICIPANTS) {
            throw new IllegalArgumentException("at most " + MAX_PARTICIPANTS + " participants");
        }
        checkMayName(by, null, people);
        if (!next.equals(participantAccountIds)) {
            changed("participants", joined(participantAccountIds), joined(next), at);
            participantAccountIds.clear();
            participantAccountIds.addAll(next);
        }
    }

    /** Replaces the tags; they are trimmed, lower-cased and kept once each, in the order given. */
    public void tag(Collection<String> newTags, Instant at) {
        checkOpenForChange();
        List<String> next = new ArrayList<>(normalisedTags(newTags));
        if (!next.equals(tags)) {
            changed("tags", tags.isEmpty() ? null : String.join(", ", tags), next.isEmpty() ? null : String.join(", ", next), at);
            tags.clear();
            tags.addAll(next);
        }
    }

    /** Tags as a review keeps them, or an {@link IllegalArgumentException} naming what is wrong. */
    public static Set<String> normalisedTags(Collection<String> raw) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : raw) {
            String t = Text.trimToNull(tag);
            if (t == null) {
                continue;
            }
            t = t.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (Text.length(t) > MAX_TAG || !TAG.matcher(t).matches()) {
                throw new IllegalArgumentException("a tag has at most " + MAX_TAG + " letters, digits, spaces, - or _");
            }
            clean.add(t);
        }
        if (clean.size() > MAX_TAGS) {
            throw new IllegalArgumentException("at most " + MAX_TAGS + " tags");
        }
        return clean;
    }

    // --- the story ---

    /** Writes one free-text field; a blank text empties it (the title cannot be emptied). */
    public void write(ReviewText field, String text, Instant at) {
        checkOpenForChange();
        String next = checked(field, text);
        if (field == ReviewText.TITLE && next == null) {
            throw new IllegalArgumentException("a review needs a title");
        }
        String before = text(field);
        if (Objects.equals(before, next)) {
            return;
        }
        switch (field) {
            case TITLE -> title = next;
            case SUMMARY -> summary = next;
            case TAKEAWAY -> takeaway = next;
            case WHAT_HAPPENED -> whatHappened = next;
            case WHY -> whyItHappened = next;
            case HOW_FIXED -> howFixed = next;
            case WENT_WELL -> wentWell = next;
            case WENT_WRONG -> wentWrong = next;
            case GOT_LUCKY -> gotLucky = next;
            case NO_ACTION_REASON -> noActionReason = next;
        }
        changed(field.field(), before, next, at);
    }

    /** A moment on the timeline. Entries are shown in the order they happened, whenever they were added. */
    public TimelineEntry addTimelineEntry(Instant happenedAt, String text, TimelineKind kind, Instant at) {
        checkOpenForChange();
        if (happenedAt.isAfter(at)) {
            throw new IllegalArgumentException("a timeline entry tells of something that has happened");
        }
        TimelineEntry entry = new TimelineEntry(this, timeline.stream().mapToInt(TimelineEntry::position).max().orElse(-1) + 1, happenedAt, text, kind == null ? TimelineKind.EVENT : kind, at);
        timeline.add(entry);
        changed("timeline", null, entry.describe(), at);
        return entry;
    }

    /** A condition that contributed, with its chain of whys (blank whys are left out). */
    public ContributingFactor addFactor(FactorCategory category, String description, List<String> whys, Instant at) {
        checkOpenForChange();
        ContributingFactor factor = new ContributingFactor(this, factors.stream().mapToInt(ContributingFactor::position).max().orElse(-1) + 1, category, description, whys, at);
        factors.add(factor);
        changed("factors", null, factor.describe(), at);
        return factor;
    }

    /**
     * Corrects a moment of the timeline while the review is drafting: its time (the story is re-sorted,
     * since it is always read in the order things happened), its text and its kind (null keeps it).
     *
     * @throws java.util.NoSuchElementException when the review has no such moment
     */
    public TimelineEntry correctTimelineEntry(String entryId, Instant happenedAt, String text, TimelineKind kind, Instant at) {
        checkDrafting();
        if (happenedAt.isAfter(at)) {
            throw new IllegalArgumentException("a timeline entry tells of something that has happened");
        }
        TimelineEntry entry = timelineEntry(entryId).orElseThrow();
        String before = entry.describe();
        entry.correct(happenedAt, text, kind == null ? entry.kind() : kind);
        String after = entry.describe();
        if (!before.equals(after)) {
            changed("timeline", before, after, at);
        }
        return entry;
    }

    /** Takes a moment out of the timeline while the review is drafting; the history keeps what it said. */
    public void removeTimelineEntry(String entryId, Instant at) {
        checkDrafting();
        TimelineEntry entry = timelineEntry(entryId).orElseThrow();
        timeline.remove(entry);
        changed("timeline", entry.describe(), null, at);
    }

    /**
     * Corrects a contributing factor while the review is drafting: its category, what contributed and
     * its chain of whys (blank whys are left out).
     *
     * @throws java.util.NoSuchElementException when the review has no such factor
     */
    public ContributingFactor correctFactor(String factorId, FactorCategory category, String description, List<String> whys, Instant at) {
        checkDrafting();
        ContributingFactor factor = factor(factorId).orElseThrow();
        String before = factor.describe();
        factor.correct(category, description, whys);
        String after = factor.describe();
        if (!before.equals(after)) {
            changed("factors", before, after, at);
        }
        return factor;
    }

    /** Takes a contributing factor out while the review is drafting; the history keeps what it said. */
    public void removeFactor(String factorId, Instant at) {
        checkDrafting();
        ContributingFactor factor = factor(factorId).orElseThrow();
        factors.remove(factor);
        changed("factors", factor.describe(), null, at);
    }

    /**
     * Refuses unless the review is being drafted: corrections of what the team was given to review wait
     * until it is sent back to drafting ({@link OnlyDraftsAreCorrected}); a published review is frozen.
     */
    public void checkDrafting() {
        checkOpenForChange();
        if (status != ReviewStatus.DRAFTING) {
            throw new OnlyDraftsAreCorrected();
        }
    }

    public Optional<TimelineEntry> timelineEntry(String entryId) {
        return timeline.stream().filter(e -> e.id().equals(entryId)).findFirst();
    }

    public Optional<ContributingFactor> factor(String factorId) {
        return factors.stream().filter(f -> f.id().equals(factorId)).findFirst();
    }

    // --- states ---

    /** Drafting is done: the team reviews it. */
    public void submitForReview(Instant at) {
        move(ReviewStatus.DRAFTING, ReviewStatus.IN_REVIEW, at);
    }

    /** The team wants more work on it; the reason says what. */
    public void sendBackToDrafting(String reason, Instant at) {
        checkOpenForChange();
        String clean = Text.trimToNull(reason);
        if (status == ReviewStatus.IN_REVIEW && clean == null) {
            throw new GoingBackNeedsAReason();
        }
        clean = ReturnReason.of(clean).text();
        move(ReviewStatus.IN_REVIEW, ReviewStatus.DRAFTING, at);
        changed("returnReason", returnReason, clean, at);
        returnReason = clean;
        if (firstApprovedByAccountId != null) {
            // The review will change again: an approval given to what it was does not carry over.
            changed("firstApproval", firstApprovedByAccountId, null, at);
            firstApprovedByAccountId = null;
            firstApprovedAt = null;
        }
    }

    /**
     * Approves the review with one leader's approval: it names a contributing factor, and plans an action
     * item (of these, the review's items that are not dropped) or says why no action is needed.
     */
    public void approve(Collection<ActionItem> actions, Instant at) {
        approve(actions, null, false, at);
    }

    /**
     * A leader of the team approves the review (it names a contributing factor, and plans an action item
     * or says why none is needed). Where the organisation asks for a second leader, the first approval is
     * recorded and the review stays in review until a different leader approves it too.
     *
     * @param leaderAccountId who approves; needed when a second leader is asked for
     * @param secondLeaderNeeded the organisation asks for two approvals from different leaders
     * @return true when the review is approved now, false when this is the first of two approvals
     * @throws ASecondLeaderApproves when the leader who approved first approves again
     */
    public boolean approve(Collection<ActionItem> actions, String leaderAccountId, boolean secondLeaderNeeded, Instant at) {
        checkOpenForChange();
        if (status != ReviewStatus.IN_REVIEW) {
            throw new ReviewCannotMove(status, ReviewStatus.APPROVED);
        }
        boolean factorMissing = factors.isEmpty();
        boolean actionMissing = plannedActions(actions).isEmpty() && noActionReason == null;
        if (factorMissing || actionMissing) {
            throw new ApprovalNeedsAFactorAndAnAction(factorMissing, actionMissing);
        }
        if (secondLeaderNeeded) {
            Objects.requireNonNull(leaderAccountId, "who approves");
            if (firstApprovedByAccountId == null) {
                changed("firstApproval", null, leaderAccountId, at);
                firstApprovedByAccountId = leaderAccountId;
                firstApprovedAt = at;
                return false;
            }
            if (firstApprovedByAccountId.equals(leaderAccountId)) {
                throw new ASecondLeaderApproves();
            }
        }
        move(ReviewStatus.IN_REVIEW, ReviewStatus.APPROVED, at);
        approvedAt = at;
        return true;
    }

    /** Whether a first leader has approved it and it waits for a second one. */
    public boolean awaitsSecondApproval() {
        return status == ReviewStatus.IN_REVIEW && firstApprovedByAccountId != null;
    }

    /**
     * Publishes the approved review and freezes it. It records {@link ReviewPublished} with what the
     * review found (its texts, tags, factors and the planned action items, never who took part) and the
     * id its lesson is to have, which the review keeps; the learning context draws the lesson from it.
     *
     * @param actions the review's action items; those dropped (not doing) are left out of the lesson
     */
    public void publish(Collection<ActionItem> actions, Instant at) {
        checkOpenForChange();
        if (status != ReviewStatus.APPROVED) {
            throw new ReviewCannotMove(status, ReviewStatus.PUBLISHED);
        }
        List<ActionItem> planned = plannedActions(actions);
        move(ReviewStatus.APPROVED, ReviewStatus.PUBLISHED, at);
        publishedAt = at;
        lessonId = Ids.newId();
        record(new ReviewPublished(id, teamId, lessonId, new ArrayList<>(new TreeSet<>(reportIds)), title, summary, takeaway, whatHappened,
                whyItHappened, howFixed, wentWell, wentWrong, gotLucky, noActionReason, tags,
                factors().stream().map(f -> new ReviewPublished.Factor(f.category().name(), f.description(), f.whys())).toList(),
                planned.stream().map(a -> new ReviewPublished.PlannedAction(a.id(), a.title(), a.type().name())).toList(), at));
    }

    /**
     * The texts its lesson would show once published, each with its field: the same ones {@link #publish}
     * hands to the learning context (the texts, tags, factors with their whys, the planned action items),
     * so that they can be checked for personal data first ({@link WhatLooksPersonal}).
     *
     * @param actions the review's action items; those dropped (not doing) are left out, as from the lesson
     */
    public List<PublishedText> publishedTexts(Collection<ActionItem> actions) {
        List<PublishedText> texts = new ArrayList<>();
        for (ReviewText field : ReviewText.values()) {
            String text = text(field);
            if (text != null && !text.isBlank()) {
                texts.add(new PublishedText(field.field(), Message.of(field.label()), text));
            }
        }
        if (!tags.isEmpty()) {
            texts.add(new PublishedText("tags", Message.of("deid.field.tags"), String.join(", ", tags)));
        }
        List<ContributingFactor> named = factors();
        for (int f = 0; f < named.size(); f++) {
            ContributingFactor factor = named.get(f);
            texts.add(new PublishedText("factors[" + f + "].description", Message.of("deid.field.factor", f + 1), factor.description()));
            for (int w = 0; w < factor.whys().size(); w++) {
                texts.add(new PublishedText("factors[" + f + "].whys[" + w + "]", Message.of("deid.field.factorWhy", f + 1, w + 1),
                        factor.whys().get(w)));
            }
        }
        List<ActionItem> planned = plannedActions(actions);
        for (int a = 0; a < planned.size(); a++) {
            texts.add(new PublishedText("actions[" + a + "].title", Message.of("deid.field.action", a + 1), planned.get(a).title()));
        }
        return texts;
    }

    /** Refuses any change once the review is published. */
    public void checkOpenForChange() {
        if (status == ReviewStatus.PUBLISHED) {
            throw new PublishedReviewIsFrozen();
        }
    }

    private void move(ReviewStatus from, ReviewStatus to, Instant at) {
        checkOpenForChange();
        if (status != from) {
            throw new ReviewCannotMove(status, to);
        }
        changed("status", status.name(), to.name(), at);
        status = to;
    }

    private List<ActionItem> plannedActions(Collection<ActionItem> actions) {
        return actions.stream().filter(a -> a.reviewId().equals(id) && a.status() != ActionStatus.NOT_DOING)
                .sorted(Comparator.comparing(ActionItem::createdAt)).toList();
    }

    // --- who sees and changes it ---

    /** Leaders of the team, the facilitator and the participants see the review; to anyone else it does not exist. */
    public boolean isVisibleTo(Account viewer) {
        return viewer.leads(teamId) || isFacilitatedBy(viewer.id()) || participantAccountIds.contains(viewer.id());
    }

    /** A person of the review's team: a member or a leader of it. */
    public boolean isOfTheTeam(Account person) {
        return person.isMemberOf(teamId) || person.leads(teamId);
    }

    /**
     * Refuses, before anything changes, when {@code by} may not name these people: only a leader of the
     * team brings people from outside it into the review, because whom a review names may read it, the
     * team's reports and their stories included. Somebody already taking part (the facilitator, or a
     * participant a leader invited) may stay as a participant; a new facilitator from outside the team
     * needs a leader too.
     *
     * @param facilitator the facilitator to be named, or null when that does not change
     * @param participants the participants to be invited
     */
    public void checkMayName(Account by, Account facilitator, Collection<Account> participants) {
        if (Objects.requireNonNull(by).leads(teamId)) {
            return;
        }
        boolean outsideFacilitator = facilitator != null && !isFacilitatedBy(facilitator.id()) && !isOfTheTeam(facilitator);
        boolean outsideParticipant = participants.stream().anyMatch(person -> !isOfTheTeam(person)
                && !participantAccountIds.contains(person.id()) && !isFacilitatedBy(person.id()));
        if (outsideFacilitator || outsideParticipant) {
            throw new OnlyLeadersInviteOtherTeams();
        }
    }

    /** Leaders of the team and the facilitator change it. */
    public boolean mayBeEditedBy(Account viewer) {
        return viewer.leads(teamId) || isFacilitatedBy(viewer.id());
    }

    public boolean isFacilitatedBy(String accountId) {
        return facilitatorAccountId != null && facilitatorAccountId.equals(accountId);
    }

    public boolean covers(String reportId) {
        return reportIds.contains(reportId);
    }

    public boolean isFrozen() {
        return status == ReviewStatus.PUBLISHED;
    }

    /** The changes made since they were last taken, oldest first; taking them empties the list. */
    public List<FieldChange> takeChanges() {
        List<FieldChange> taken = List.copyOf(changes);
        changes.clear();
        return taken;
    }

    private void changed(String field, String before, String after, Instant at) {
        changes.add(new FieldChange(field, before, after));
        updatedAt = Objects.requireNonNull(at);
    }

    private static String checked(ReviewText field, String text) {
        return field.clean(text);
    }

    private static String joined(Collection<String> ids) {
        return ids.isEmpty() ? null : String.join(",", new TreeSet<>(ids));
    }

    // --- reading ---

    public String text(ReviewText field) {
        return switch (field) {
            case TITLE -> title;
            case SUMMARY -> summary;
            case TAKEAWAY -> takeaway;
            case WHAT_HAPPENED -> whatHappened;
            case WHY -> whyItHappened;
            case HOW_FIXED -> howFixed;
            case WENT_WELL -> wentWell;
            case WENT_WRONG -> wentWrong;
            case GOT_LUCKY -> gotLucky;
            case NO_ACTION_REASON -> noActionReason;
        };
    }

    public String id() {
        return id;
    }

    public String teamId() {
        return teamId;
    }

    public ReviewStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String returnReason() {
        return returnReason;
    }

    public Optional<String> facilitatorAccountId() {
        return Optional.ofNullable(facilitatorAccountId);
    }

    public Set<String> participantAccountIds() {
        return Set.copyOf(participantAccountIds);
    }

    public Set<String> reportIds() {
        return Set.copyOf(reportIds);
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    /** The timeline in the order things happened; entries of the same moment in the order they were added. */
    public List<TimelineEntry> timeline() {
        return timeline.stream().sorted(Comparator.comparing(TimelineEntry::happenedAt).thenComparingInt(TimelineEntry::position)).toList();
    }

    /** The contributing factors in the order they were named. */
    public List<ContributingFactor> factors() {
        return factors.stream().sorted(Comparator.comparingInt(ContributingFactor::position)).toList();
    }

    public String openedByAccountId() {
        return openedByAccountId;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    /** The leader who gave the first of two approvals, where a second is asked for. */
    public Optional<String> firstApprovedByAccountId() {
        return Optional.ofNullable(firstApprovedByAccountId);
    }

    public Instant firstApprovedAt() {
        return firstApprovedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Optional<String> lessonId() {
        return Optional.ofNullable(lessonId);
    }

    public long version() {
        return version;
    }
}
