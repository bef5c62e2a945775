package dimple.application.review;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.CurrentActor;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.EventPublisher;
import dimple.application.shared.PageView;
import dimple.application.shared.Paging;
import dimple.application.shared.PublishesEvents;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.OrganisationSettings;
import dimple.domain.identity.SettingName;
import dimple.application.shared.RetriedOnConflict;
import dimple.application.shared.StaleRecord;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.recovery.RecoveryCase;
import dimple.domain.recovery.RecoveryCaseRepository;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.review.LooksPersonal;
import dimple.domain.review.WhatLooksPersonal;
import dimple.domain.review.ActionItem;
import dimple.domain.review.ActionItemRepository;
import dimple.domain.review.ActionPriority;
import dimple.domain.review.ActionTitle;
import dimple.domain.review.ActionType;
import dimple.domain.review.ContributingFactor;
import dimple.domain.review.FactorCategory;
import dimple.domain.review.FactorDescription;
import dimple.domain.review.FieldChange;
import dimple.domain.review.HistoryEntry;
import dimple.domain.review.ReturnReason;
import dimple.domain.review.Review;
import dimple.domain.review.ReviewHistory;
import dimple.domain.review.ReviewQuery;
import dimple.domain.review.ReviewRepository;
import dimple.domain.review.ReviewStatus;
import dimple.domain.review.ReviewText;
import dimple.domain.review.TimelineEntry;
import dimple.domain.review.TimelineKind;
import dimple.domain.review.TimelineText;
import dimple.domain.shared.Ids;
import dimple.domain.shared.Message;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Blameless reviews: reading one (leaders of its team, its facilitator and participants; anyone else
 * gets 404), changing its story, people, timeline, factors and actions (leaders of the team and the
 * facilitator), moving it through its states (leaders of the team), and its history. Every change is
 * written to the review's history with who made it and when. A published review refuses every change.
 *
 * <p>Concurrent editing: a change that names the version it was made on ({@code expectedVersion},
 * from If-Match or the page) is refused as stale when the review has changed since; JPA's
 * {@code @Version} catches the remaining race between two commits. A change that names no version (no
 * If-Match, or {@code *}) applies to the review as it is: when another change committed first, it is
 * made again on the new version ({@link RetriedOnConflict}), never refused as stale.
 *
 * <p>Planning an action publishes {@code ActionItemPlanned} (the learning context tells its owner);
 * publishing a review publishes {@code ReviewPublished}, on which the learning context publishes the
 * lesson and the reporting context closes the reports, in the same transaction.
 */
@ApplicationScoped
@Transactional
@PublishesEvents
public class ReviewService {
    /** How many people a name search suggests. */
    static final int SUGGESTIONS = 10;

    private ReviewRepository reviews;
    private ActionItemRepository actions;
    private ReviewHistory history;
    private AccountRepository accounts;
    private TeamRepository teams;
    private CurrentUser currentUser;
    private CurrentActor actor;
    private AuditTrail audit;
    private EventPublisher events;
    private Clock clock;
    private ReviewViews views;
    private PublishedLessons lessons;
    private OrganisationSettings settings;
    private MistakeReportRepository reports;
    private RecoveryCaseRepository recoveries;

    protected ReviewService() {
    }

    @Inject
    public ReviewService(ReviewRepository reviews, ActionItemRepository actions, ReviewHistory history, MistakeReportRepository reports,
                         PublishedLessons lessons, AccountRepository accounts, TeamRepository teams, CurrentUser currentUser, CurrentActor actor,
                         AuditTrail audit, EventPublisher events, Clock clock, OrganisationSettings settings, RecoveryCaseRepository recoveries) {
        this.reviews = reviews;
        this.reports = reports;
        this.recoveries = recoveries;
        this.settings = settings;
        this.actions = actions;
        this.history = history;
        this.accounts = accounts;
        this.teams = teams;
        this.currentUser = currentUser;
        this.actor = actor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.views = new ReviewViews(accounts, teams, reports, reviews, actions, lessons, clock);
        this.lessons = lessons;
    }

    /** One review. */
    @RequiresPermissions(Permission.REVIEW_READ)
    public ReviewView find(String reviewId) {
        Account me = me();
        return view(visible(reviewId, me), me);
    }

    /**
     * The reviews the caller may see — of the teams they lead, and those they facilitate or take part
     * in — most recently changed first; optionally of one state.
     */
    @RequiresPermissions(Permission.REVIEW_READ)
    public PageView<ReviewSummary> list(String status, Integer page, Integer size) {
        Account me = me();
        Check check = Check.input();
        ReviewStatus only = check.known("status", status, ReviewStatus.class, "field.state");
        check.orRefuse();
        PageRequest request = Paging.request(page, size);
        Page<Review> found = reviews.search(new ReviewQuery(me.id(), me.leadsTeams(), only == null ? Set.of() : Set.of(only)), request);
        Map<String, Account> people = views.accountsById(found.items().stream().flatMap(r -> r.facilitatorAccountId().stream())
                .collect(Collectors.toSet()));
        Map<String, String> teamNames = teams.findAll().stream().collect(Collectors.toMap(Team::id, Team::name));
        return Paging.view(found, r -> views.summary(r, people, teamNames));
    }

    /** Changes the story, the people and the tags (API: PATCH). Only the fields given change. */
    @RequiresPermissions(Permission.REVIEW_EDIT)
    @RetriedOnConflict
    public ReviewView edit(EditReview command) {
        Account me = me();
        Review review = editable(command.reviewId(), me, command.expectedVersion());
        Map<ReviewText, String> texts = new LinkedHashMap<>();
        put(texts, ReviewText.TITLE, command.title());
        put(texts, ReviewText.SUMMARY, command.summary());
        put(texts, ReviewText.TAKEAWAY, command.takeaway());
        put(texts, ReviewText.WHAT_HAPPENED, command.whatHappened());
        put(texts, ReviewText.WHY, command.why());
        put(texts, ReviewText.HOW_FIXED, command.howFixed());
        put(texts, ReviewText.WENT_WELL, command.wentWell());
        put(texts, ReviewText.WENT_WRONG, command.wentWrong());
        put(texts, ReviewText.GOT_LUCKY, command.gotLucky());
        put(texts, ReviewText.NO_ACTION_REASON, command.noActionReason());
        Check check = Check.input();
        texts.forEach((field, text) -> check.valid(field.field(), field::clean, text));
        check.that(command.title() == null || !command.title().isBlank(), "title", "input.review.titleEmpty");
        Optional<Account> facilitator = Optional.empty();
        if (command.facilitator() != null && !command.facilitator().isBlank()) {
            facilitator = accounts.findByUsername(command.facilitator().strip()).filter(Account::enabled);
            check.that(facilitator.isPresent(), "facilitator", "input.username.unknown", abbreviate(command.facilitator()));
        }
        List<Account> participants = command.participants() == null ? null : people(check, "participants", command.participants());
        check.that(command.participants() == null || command.participants().size() <= Review.MAX_PARTICIPANTS, "participants", "input.review.tooManyParticipants", Review.MAX_PARTICIPANTS);
        Set<String> tags = null;
        if (command.tags() != null) {
            try {
                tags = Review.normalisedTags(command.tags());
            } catch (IllegalArgumentException e) {
                check.that(false, "tags", "input.review.tags", Review.MAX_TAGS, Review.MAX_TAG);
            }
        }
        check.orRefuse();

        review.checkMayName(me, facilitator.orElse(null), participants == null ? List.of() : participants);

        Instant now = clock.instant();
        texts.forEach((field, text) -> review.write(field, text, now));
        if (command.facilitator() != null) {
            review.appointFacilitator(me, facilitator.orElse(null), now);
        }
        if (participants != null) {
            review.inviteParticipants(me, participants, now);
        }
        if (tags != null) {
            review.tag(tags, now);
        }
        List<FieldChange> changes = saveWithHistory(review, me, now);
        if (!changes.isEmpty()) {
            audit.recordAs(me.username(), AuditAction.REVIEW_CHANGED, target(review),
                    changes.stream().map(FieldChange::field).distinct().collect(Collectors.joining(", ")));
        }
        return view(review, me);
    }

    /** Adds a moment to the timeline. */
    @RequiresPermissions(Permission.REVIEW_EDIT)
    @RetriedOnConflict
    public TimelineEntryView addTimelineEntry(AddTimelineEntry command) {
        Account me = me();
        Review review = editable(command.reviewId(), me, command.expectedVersion());
        Instant now = clock.instant();
        TimelineKind kind = checkedMoment(command.at(), command.text(), command.kind(), now);
        TimelineEntry entry = review.addTimelineEntry(command.at(), command.text(), kind, now);
        saveWithHistory(review, me, now);
        return new TimelineEntryView(entry.id(), entry.happenedAt(), entry.text(), entry.kind().name());
    }

    /** Names a contributing factor with its chain of whys. */
    @RequiresPermissions(Permission.REVIEW_EDIT)
    @RetriedOnConflict
    public FactorView addFactor(AddFactor command) {
        Account me = me();
        Review review = editable(command.reviewId(), me, command.expectedVersion());
        List<String> whys = command.whys() == null ? List.of() : command.whys();
        FactorCategory category = checkedFactor(command.category(), command.description(), whys);
        Instant now = clock.instant();
        ContributingFactor factor = review.addFactor(category, command.description(), whys, now);
        saveWithHistory(review, me, now);
        return new FactorView(factor.id(), factor.category().name(), factor.description(), factor.whys());
    }

    /** Plans an action item of the review; its owner is told in the app (unless they planned it themselves), after the commit. */
    @RequiresPermissions(Permission.REVIEW_EDIT)
    @RetriedOnConflict
    public ActionView planAction(PlanAction command) {
        Account me = me();
        Review review = editable(command.reviewId(), me, null);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        CheckedAction checked = checkedAction(command.title(), command.type(), command.owner(),
                command.dueDate() == null || !command.dueDate().isBefore(today), command.priority());
        ActionType type = checked.type();
        Account owner = checked.owner();
        ActionItem item = ActionItem.plan(review, command.title(), type, owner.id(), command.dueDate(), checked.priority(), me.id(), now);
        actions.save(item);
        for (FieldChange change : item.takeChanges()) {
            history.append(HistoryEntry.of(review.id(), item.id(), me.id(), change, now));
        }
        events.publish(item.takeEvents());
        audit.recordAs(me.username(), AuditAction.ACTION_PLANNED, target(review), "action=" + item.id() + ", type=" + type);
        return views.action(item, me, currentUser.isPermitted(Permission.ACTION_UPDATE_OWN), Map.of(owner.id(), owner),
                review.title(), views.teamName(review.teamId()));
    }

    /**
     * Corrects a moment of the timeline while the review is drafting (leaders of the team and the
     * facilitator, as for every change of the review); a corrected time re-sorts the story.
     */
    @RequiresPermissions(Permission.REVIEW_EDIT)
    @RetriedOnConflict
    public TimelineEntryView correctTimelineEntry(CorrectTimelineEntry command) {
        Account me = me();
        Review review = editable(command.reviewId(), me, command.expectedVersion());
        review.timelineEntry(command.entryId()).orElseThrow(() -> new RecordNotFound("timelineEntry"));
        review.checkDrafting();
        Instant now = clock.instant();
        TimelineKind kind = checkedMoment(command.at(), command.text(), command.kind(), now);
        TimelineEntry entry = review.correctTimelineEntry(command.entryId(), command.at(), command.text(), kind, now);
        changedPart(review, me, now, "timeline corrected");
        return new TimelineEntryView(entry.id(), entry.happenedAt(), entry.text(), entry.kind().name());
    }

    /** Takes a moment out of the timeline while the review is drafting; the history keeps what it said. */
    @RequiresPermissions(Permission.REVIEW_EDIT)
    @RetriedOnConflict
    public ReviewView removeTimelineEntry(TakeOutOfReview command) {
        Account me = me();
        Review review = editable(command.reviewId(), me, command.expectedVersion());
        review.timelineEntry(command.partId()).orElseThrow(() -> new RecordNotFound("timelineEntry"));
        Instant now = clock.instant();
        review.removeTimelineEntry(command.partId(), now);
        changedPart(review, me, now, "timeline entry taken out");
        return view(review, me);
    }

    /** Corrects a contributing factor while the review is drafting. */
    @RequiresPermissions(Permission.REVIEW_EDIT)
    @RetriedOnConflict
    public FactorView correctFactor(CorrectFactor command) {
        Account me = me();
        Review review = editable(command.reviewId(), me, command.expectedVersion());
        review.factor(command.factorId()).orElseThrow(() -> new RecordNotFound("factor"));
        review.checkDrafting();
        List<String> whys = command.whys() == null ? List.of() : command.whys();
        FactorCategory category = checkedFactor(command.category(), command.description(), whys);
        Instant now = clock.instant();
        ContributingFactor factor = review.correctFactor(command.factorId(), category, command.description(), whys, now);
        changedPart(review, me, now, "factor corrected");
        return new FactorView(factor.id(), factor.category().name(), factor.description(), factor.whys());
    }

    /** Takes a contributing factor out while the review is drafting; the history keeps what it said. */
    @RequiresPermissions(Permission.REVIEW_EDIT)
    @RetriedOnConflict
    public ReviewView removeFactor(TakeOutOfReview command) {
        Account me = me();
        Review review = editable(command.reviewId(), me, command.expectedVersion());
        review.factor(command.partId()).orElseThrow(() -> new RecordNotFound("factor"));
        Instant now = clock.instant();
        review.removeFactor(command.partId(), now);
        changedPart(review, me, now, "factor taken out");
        return view(review, me);
    }

    /**
     * Corrects an action item (title, type, owner, due date, priority) while its review is drafting and
     * the item is neither done nor dropped ({@link ActionItem#revise}). A new owner is not told again in
     * the app; the item appears in their "My actions".
     */
    @RequiresPermissions(Permission.REVIEW_EDIT)
    @RetriedOnConflict
    public ActionView reviseAction(ReviseAction command) {
        Account me = me();
        Review review = editable(command.reviewId(), me, null);
        ActionItem item = Optional.ofNullable(command.actionId()).filter(Ids::looksLikeId).flatMap(actions::findById)
                .filter(a -> a.reviewId().equals(review.id())).orElseThrow(() -> new RecordNotFound("action"));
        review.checkDrafting();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        // A due date already in the past may stay as it was; a new one may not lie in the past.
        CheckedAction checked = checkedAction(command.title(), command.type(), command.owner(), command.dueDate() == null
                || command.dueDate().equals(item.dueDate()) || !command.dueDate().isBefore(today), command.priority());
        Account owner = checked.owner();
        item.revise(review, command.title(), checked.type(), owner.id(), command.dueDate(), checked.priority(), now);
        actions.save(item);
        List<String> fields = new ArrayList<>();
        for (FieldChange change : item.takeChanges()) {
            history.append(HistoryEntry.of(review.id(), item.id(), me.id(), change, now));
            fields.add(change.field());
        }
        if (!fields.isEmpty()) {
            audit.recordAs(me.username(), AuditAction.REVIEW_CHANGED, target(review), "action=" + item.id() + " corrected: " + String.join(", ", fields));
        }
        return views.action(item, me, currentUser.isPermitted(Permission.ACTION_UPDATE_OWN), Map.of(owner.id(), owner),
                review.title(), views.teamName(review.teamId()));
    }

    /** A timeline moment as given: its time (not in the future), its text and kind; refused with every problem named. */
    private static TimelineKind checkedMoment(Instant at, String text, String kindName, Instant now) {
        Check check = Check.input()
                .required("at", at, "field.when")
                .that(at == null || !at.isAfter(now), "at", "input.review.whenInFuture");
        check.valid("text", TimelineText::of, text);
        TimelineKind kind = check.known("kind", kindName, TimelineKind.class, "field.kind");
        check.orRefuse();
        return kind;
    }

    /** A contributing factor as given: its category, description and whys; refused with every problem named. */
    private static FactorCategory checkedFactor(String categoryName, String description, List<String> whys) {
        Check check = Check.input()
                .required("category", categoryName, "field.category");
        check.valid("description", FactorDescription::of, description);
        FactorCategory category = check.known("category", categoryName, FactorCategory.class, "field.category");
        checkWhys(check, whys);
        check.orRefuse();
        return category;
    }

    private record CheckedAction(ActionType type, ActionPriority priority, Account owner) {
    }

    /** An action item as given: title, type, an enabled owner, an acceptable due date, priority; refused with every problem named. */
    private CheckedAction checkedAction(String title, String typeName, String ownerName, boolean dueDateAccepted, String priorityName) {
        Check check = Check.input();
        check.valid("title", ActionTitle::of, title);
        check.required("type", typeName, "field.type")
                .required("owner", ownerName, "field.owner")
                .that(dueDateAccepted, "dueDate", "input.action.dueInPast");
        ActionType type = check.known("type", typeName, ActionType.class, "field.type");
        ActionPriority priority = check.known("priority", priorityName, ActionPriority.class, "field.priority");
        Optional<Account> owner = Optional.empty();
        if (ownerName != null && !ownerName.isBlank()) {
            owner = accounts.findByUsername(ownerName.strip()).filter(Account::enabled);
            check.that(owner.isPresent(), "owner", "input.username.unknown", abbreviate(ownerName));
        }
        check.orRefuse();
        return new CheckedAction(type, priority, owner.orElseThrow());
    }

    /**
     * Moves the review: to IN_REVIEW, back to DRAFTING (with a reason), to APPROVED (a factor and an
     * action or a reason why none is needed) or to PUBLISHED (freezes it; the learning context publishes
     * the lesson and the reporting context closes the reports, whose reporters are told after the commit).
     * Only leaders of the review's team move it.
     *
     * <p>Before publishing, the texts the lesson would show are checked for what looks like personal data
     * ({@link WhatLooksPersonal}); publishing is refused ({@link LessonLooksPersonal}, audited without the
     * texts found) unless each finding is named in {@code acknowledgedFindings}. In a review covering a
     * confidential report every name of a person of the organisation is refused whatever is acknowledged,
     * in the same words for everybody, so the refusal never tells who filed it (ADR 48).
     */
    @RequiresPermissions(Permission.REVIEW_PUBLISH)
    @RetriedOnConflict
    public ReviewView move(MoveReview command) {
        Account me = me();
        Review review = visible(command.reviewId(), me, true);
        if (!me.leads(review.teamId())) {
            throw new AccessRefused();
        }
        checkVersion(command.expectedVersion(), review);
        Check check = Check.input()
                .required("to", command.to(), "field.newState");
        check.valid("reason", ReturnReason::of, command.reason());
        ReviewStatus to = check.known("to", command.to(), ReviewStatus.class, "field.newState");
        check.orRefuse();
        Instant now = clock.instant();
        ReviewStatus from = review.status();
        List<LooksPersonal> acknowledged = List.of();
        switch (to) {
            case DRAFTING -> review.sendBackToDrafting(command.reason(), now);
            case IN_REVIEW -> review.submitForReview(now);
            case APPROVED -> review.approve(actions.ofReview(review.id()), me.id(),
                    settings.isOn(SettingName.SECOND_LEADER_APPROVES_REVIEWS), now);
            case PUBLISHED -> {
                List<ActionItem> all = actions.ofReview(review.id());
                acknowledged = review.status() == ReviewStatus.APPROVED ? checkNothingPersonal(review, all, command.acknowledgedFindings(), me) : List.of();
                review.publish(all, now);
            }
        }
        saveWithHistory(review, me, now);
        events.publish(review.takeEvents());
        if (to == ReviewStatus.PUBLISHED) {
            audit.recordAs(me.username(), AuditAction.REVIEW_PUBLISHED, target(review), "lesson=" + review.lessonId().orElseThrow()
                    + (acknowledged.isEmpty() ? "" : "; acknowledged " + countedByKind(acknowledged)));
        } else {
            audit.recordAs(me.username(), AuditAction.REVIEW_MOVED, target(review), from + " -> " + to);
        }
        return view(review, me);
    }

    /**
     * Refuses publishing while the lesson would show what looks like personal data that the leader has
     * not acknowledged (a name that must not be published is never acknowledged); the refusal is audited
     * in a transaction of its own with the kinds found, never the texts. Gives what was acknowledged.
     */
    private List<LooksPersonal> checkNothingPersonal(Review review, List<ActionItem> all, List<String> acknowledgedTexts, Account me) {
        List<MistakeReport> covered = reports.findByIds(review.reportIds());
        boolean confidential = covered.stream().anyMatch(MistakeReport::isConfidential);
        List<String> references = covered.stream().flatMap(r -> recoveries.findByReport(r.id()).stream()).map(RecoveryCase::customerRef).toList();
        List<LooksPersonal> found = WhatLooksPersonal.of(accounts.names(), references, confidential).in(review.publishedTexts(all));
        Set<String> checked = acknowledgedTexts.stream().map(ReviewService::folded).collect(Collectors.toSet());
        List<LooksPersonal> open = found.stream().filter(f -> !f.acknowledgeable() || !checked.contains(folded(f.text()))).toList();
        if (!open.isEmpty()) {
            audit.recordApart(me.username(), AuditAction.REVIEW_PUBLISH_REFUSED, target(review), "found " + countedByKind(open));
            throw new LessonLooksPersonal(open.stream().map(f -> new PersonalDataFinding(f.field(), f.where().label(), f.text(),
                    f.kind().name(), f.acknowledgeable())).toList());
        }
        return found;
    }

    private static String folded(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** How many of each kind, e.g. {@code EMAIL_ADDRESS=1, PERSON_NAME=2}: never the texts themselves. */
    private static String countedByKind(List<LooksPersonal> found) {
        Map<String, Long> counts = new TreeMap<>(found.stream().collect(Collectors.groupingBy(f -> f.kind().name(), Collectors.counting())));
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * While a text of the review is typed: the blaming or hindsight phrases in it, with neutral
     * suggestions, from the same word lists as the report form's hints. Nothing is stored.
     *
     * @param field the field's API name, given back in each hint
     */
    @RequiresPermissions(Permission.REVIEW_EDIT)
    public List<ReviewHint> hintsWhileTyping(String field, String text) {
        Check.input().maxLength("text", text, ReviewText.WHAT_HAPPENED.max(), "field.whatHappened").orRefuse();
        return ReviewViews.hintsIn(field, text);
    }

    /** The review's history, newest first: every change to it and to its action items, with who made it. */
    @RequiresPermissions(Permission.REVIEW_READ)
    public PageView<HistoryEntryView> history(String reviewId, Integer page, Integer size) {
        Account me = me();
        Review review = visible(reviewId, me);
        Page<HistoryEntry> found = history.ofReview(review.id(), Paging.request(page, size));
        Map<String, String> actionTitles = actions.ofReview(review.id()).stream().collect(Collectors.toMap(ActionItem::id, ActionItem::title));
        Set<String> people = new HashSet<>();
        for (HistoryEntry e : found.items()) {
            people.add(e.actorAccountId());
            if (isPeopleField(e.field())) {
                people.addAll(ids(e.oldValue()));
                people.addAll(ids(e.newValue()));
            }
        }
        Map<String, Account> byId = views.accountsById(people);
        return Paging.view(found, e -> {
            Account actor = byId.get(e.actorAccountId());
            Message subject = e.actionId() == null ? Message.of("history.subject.review")
                    : Message.of("history.subject.action", actionTitles.getOrDefault(e.actionId(), "?"));
            return new HistoryEntryView(e.at(), actor == null ? null : actor.username(), actor == null ? null : actor.displayName(), subject,
                    e.field(), shown(e.field(), e.oldValue(), byId), shown(e.field(), e.newValue(), byId));
        });
    }

    /** People whose username or name contains the text, to name as facilitator, participant or owner. */
    @RequiresPermissions(Permission.REVIEW_EDIT)
    public List<PersonView> suggestPeople(String text) {
        Check.input().maxLength("q", text, 100, "field.search").orRefuse();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return accounts.search(text.strip(), PageRequest.first(SUGGESTIONS)).items().stream().filter(Account::enabled)
                .map(ReviewViews::person).toList();
    }

    /**
     * Tags to suggest while typing those of a review: the tags in use on lessons (everyone signed in reads
     * them) and on the reviews the caller sees, starting with the text first, then containing it. A tag
     * nobody used yet is still typed freely; the review checks it as always.
     */
    @RequiresPermissions(Permission.REVIEW_EDIT)
    public List<String> suggestTags(String text) {
        Check.input().maxLength("q", text, Review.MAX_TAG, "field.tag").orRefuse();
        String term = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (term.isEmpty()) {
            return List.of();
        }
        Account me = me();
        Set<String> known = new java.util.LinkedHashSet<>(lessons.tagsInUse(TAGS_IN_USE));
        reviews.search(new ReviewQuery(me.id(), me.leadsTeams(), Set.of()), PageRequest.first(TAGS_IN_USE)).items()
                .forEach(r -> known.addAll(r.tags()));
        return java.util.stream.Stream.concat(known.stream().filter(t -> t.startsWith(term)),
                known.stream().filter(t -> !t.startsWith(term) && t.contains(term))).limit(SUGGESTIONS).toList();
    }

    /** How many lessons' tags, and how many recent reviews, the tag suggestions draw from. */
    static final int TAGS_IN_USE = 100;

    // --- helpers ---

    private ReviewView view(Review review, Account me) {
        return views.review(review, me, currentUser.isPermitted(Permission.REVIEW_PUBLISH), currentUser.isPermitted(Permission.ACTION_UPDATE_OWN));
    }

    private Review visible(String reviewId, Account me) {
        return visible(reviewId, me, false);
    }

    /** For a change, the review's row is locked first: writers of one review take turns, never race (ADR 33). */
    private Review visible(String reviewId, Account me, boolean forChange) {
        if (!Ids.looksLikeId(reviewId)) {
            throw new RecordNotFound("review");
        }
        return (forChange ? reviews.findForChange(reviewId) : reviews.findById(reviewId)).filter(r -> r.isVisibleTo(me))
                .orElseThrow(() -> new RecordNotFound("review"));
    }

    /** A review the caller may change: visible (else 404), theirs to edit (else 403), not stale (412) and not frozen (409). */
    private Review editable(String reviewId, Account me, Long expectedVersion) {
        Review review = visible(reviewId, me, true);
        if (!review.mayBeEditedBy(me)) {
            throw new AccessRefused();
        }
        checkVersion(expectedVersion, review);
        review.checkOpenForChange();
        return review;
    }

    private static void checkWhys(Check check, List<String> whys) {
        check.that(whys.stream().filter(w -> w != null && !w.isBlank()).count() <= ContributingFactor.MAX_WHYS, "whys", "input.review.tooManyWhys", ContributingFactor.MAX_WHYS)
                .that(whys.stream().allMatch(w -> w == null || w.strip().codePointCount(0, w.strip().length()) <= ContributingFactor.MAX_WHY),
                        "whys", "input.review.whyTooLong", ContributingFactor.MAX_WHY);
    }

    /** Saves a corrected or removed part of the review with its history, and notes it in the audit trail when something changed. */
    private void changedPart(Review review, Account me, Instant now, String what) {
        if (!saveWithHistory(review, me, now).isEmpty()) {
            audit.recordAs(me.username(), AuditAction.REVIEW_CHANGED, target(review), what);
        }
    }

    private static void checkVersion(Long expected, Review review) {
        if (expected != null && expected != review.version()) {
            throw new StaleRecord();
        }
    }

    private List<FieldChange> saveWithHistory(Review review, Account me, Instant now) {
        reviews.save(review);
        List<FieldChange> changes = review.takeChanges();
        for (FieldChange change : changes) {
            history.append(HistoryEntry.of(review.id(), null, me.id(), change, now));
        }
        return changes;
    }

    private List<Account> people(Check check, String field, List<String> usernames) {
        List<Account> found = new ArrayList<>();
        for (String username : usernames) {
            Optional<Account> person = Optional.ofNullable(username).map(String::strip).filter(u -> !u.isEmpty())
                    .flatMap(accounts::findByUsername).filter(Account::enabled);
            check.that(person.isPresent(), field, "input.username.unknown", abbreviate(String.valueOf(username)));
            person.ifPresent(found::add);
        }
        return found;
    }

    private static boolean isPeopleField(String field) {
        return field.equals("facilitator") || field.equals("participants") || field.equals("owner") || field.equals("firstApproval");
    }

    private static List<String> ids(String value) {
        return value == null ? List.of() : Arrays.asList(value.split(","));
    }

    private static String shown(String field, String value, Map<String, Account> people) {
        if (value == null || !isPeopleField(field)) {
            return value;
        }
        return ids(value).stream().map(id -> Optional.ofNullable(people.get(id)).map(Account::displayName).orElse("(unknown)"))
                .sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
    }

    private static void put(Map<ReviewText, String> texts, ReviewText field, String value) {
        if (value != null) {
            texts.put(field, value);
        }
    }

    private static String target(Review review) {
        return "review " + review.id();
    }

    private Account me() {
        return actor.account(accounts);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String abbreviate(String text) {
        String stripped = text.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }
}
