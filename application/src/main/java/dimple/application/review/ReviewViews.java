package dimple.application.review;

import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.reporting.BlameLanguage;
import dimple.domain.reporting.Hint;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.review.ActionItem;
import dimple.domain.review.ActionItemRepository;
import dimple.domain.review.ActionStatus;
import dimple.domain.review.ContributingFactor;
import dimple.domain.review.Review;
import dimple.domain.review.ReviewRepository;
import dimple.domain.review.ReviewStatus;
import dimple.domain.review.ReviewText;
import dimple.domain.review.TimelineEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns reviews and action items into views, shared by the triage, review and action use cases. A
 * view never names who filed a report: reviews show reports by receipt number and title only.
 */
final class ReviewViews {
    private final AccountRepository accounts;
    private final TeamRepository teams;
    private final MistakeReportRepository reports;
    private final ReviewRepository reviews;
    private final ActionItemRepository actions;
    private final PublishedLessons lessons;
    private final Clock clock;

    ReviewViews(AccountRepository accounts, TeamRepository teams, MistakeReportRepository reports, ReviewRepository reviews,
                ActionItemRepository actions, PublishedLessons lessons, Clock clock) {
        this.accounts = accounts;
        this.teams = teams;
        this.reports = reports;
        this.reviews = reviews;
        this.actions = actions;
        this.lessons = lessons;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * @param mayMoveStates the viewer may move the review through its states (a leader of its team with the permission)
     * @param mayMoveActions the viewer holds the permission to move action items on
     */
    ReviewView review(Review review, Account viewer, boolean mayMoveStates, boolean mayMoveActions) {
        List<ActionItem> items = actions.ofReview(review.id());
        Set<String> people = new HashSet<>(review.participantAccountIds());
        review.facilitatorAccountId().ifPresent(people::add);
        review.firstApprovedByAccountId().ifPresent(people::add);
        items.forEach(a -> people.add(a.ownerAccountId()));
        Map<String, Account> byId = accountsById(people);
        String teamName = teamName(review.teamId());
        List<ReportLink> covered = reports.findByIds(review.reportIds()).stream()
                .sorted(Comparator.comparing(MistakeReport::submittedAt))
                .map(r -> new ReportLink(r.id(), r.number(), r.title())).toList();
        List<PersonView> participants = review.participantAccountIds().stream().map(byId::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Account::displayName, String.CASE_INSENSITIVE_ORDER)).map(ReviewViews::person).toList();
        PersonView facilitator = review.facilitatorAccountId().map(byId::get).map(ReviewViews::person).orElse(null);
        List<ActionView> actionViews = items.stream()
                .map(a -> action(a, viewer, mayMoveActions, byId, review.title(), teamName)).toList();
        LessonSummary lesson = review.lessonId().flatMap(lessons::find).orElse(null);
        return new ReviewView(review.id(), review.status().name(), review.title(), review.text(ReviewText.SUMMARY),
                review.text(ReviewText.TAKEAWAY), review.tags(), teamName, covered, facilitator, participants,
                review.text(ReviewText.WHAT_HAPPENED), review.text(ReviewText.WHY), review.text(ReviewText.HOW_FIXED),
                review.text(ReviewText.WENT_WELL), review.text(ReviewText.WENT_WRONG), review.text(ReviewText.GOT_LUCKY),
                review.text(ReviewText.NO_ACTION_REASON), review.returnReason(),
                review.timeline().stream().map(ReviewViews::timelineEntry).toList(),
                review.factors().stream().map(ReviewViews::factor).toList(), actionViews, hints(review),
                review.openedAt(), review.updatedAt(), review.approvedAt(), review.publishedAt(), review.lessonId().orElse(null), lesson,
                viewer.leads(review.teamId()), !review.isFrozen() && review.mayBeEditedBy(viewer),
                mayMoveStates && viewer.leads(review.teamId()) ? nextStates(review.status()) : List.of(),
                review.firstApprovedByAccountId().map(byId::get).map(ReviewViews::person).orElse(null), review.firstApprovedAt(),
                review.version());
    }

    static List<String> nextStates(ReviewStatus status) {
        return switch (status) {
            case DRAFTING -> List.of(ReviewStatus.IN_REVIEW.name());
            case IN_REVIEW -> List.of(ReviewStatus.DRAFTING.name(), ReviewStatus.APPROVED.name());
            case APPROVED -> List.of(ReviewStatus.PUBLISHED.name());
            case PUBLISHED -> List.of();
        };
    }

    /** Blaming or hindsight words in every free-text field: the candour statement, the other texts, the timeline and the factors. */
    static List<ReviewHint> hints(Review review) {
        List<ReviewHint> hints = new ArrayList<>();
        for (ReviewText field : ReviewText.values()) {
            add(hints, field.field(), review.text(field));
        }
        review.timeline().forEach(e -> add(hints, "timeline", e.text()));
        for (ContributingFactor factor : review.factors()) {
            add(hints, "factors", factor.description());
            factor.whys().forEach(why -> add(hints, "factors", why));
        }
        return hints.stream().distinct().toList();
    }

    private static void add(List<ReviewHint> hints, String field, String text) {
        hints.addAll(hintsIn(field, text));
    }

    /** Blaming or hindsight words in one text, as hints of the field (by its API name). */
    static List<ReviewHint> hintsIn(String field, String text) {
        List<ReviewHint> hints = new ArrayList<>();
        for (Hint hint : BlameLanguage.hintsFor(text)) {
            hints.add(new ReviewHint(field, hint.phrase(), hint.suggestion()));
        }
        return hints.stream().distinct().toList();
    }

    /** Action items of any reviews, for lists: the reviews' titles and the owners are looked up once per page. */
    List<ActionView> actions(Collection<ActionItem> items, Account viewer, boolean mayMoveActions) {
        Map<String, Account> owners = accountsById(items.stream().map(ActionItem::ownerAccountId).collect(Collectors.toSet()));
        Map<String, String> titles = new java.util.HashMap<>();
        items.stream().map(ActionItem::reviewId).distinct()
                .forEach(id -> reviews.findById(id).ifPresent(r -> titles.put(id, r.title())));
        Map<String, String> teamNames = teams.findAll().stream().collect(Collectors.toMap(Team::id, Team::name));
        return items.stream().map(a -> action(a, viewer, mayMoveActions, owners, titles.get(a.reviewId()), teamNames.get(a.teamId())))
                .toList();
    }

    ActionView action(ActionItem a, Account viewer, boolean mayMoveActions, Map<String, Account> people, String reviewTitle, String teamName) {
        Account owner = people.get(a.ownerAccountId());
        List<String> next = mayMoveActions && a.mayBeMovedBy(viewer)
                ? Arrays.stream(ActionStatus.values()).filter(a.status()::mayMoveTo).map(Enum::name).toList() : List.of();
        return new ActionView(a.id(), a.reviewId(), reviewTitle, teamName, a.title(), a.type().name(),
                owner == null ? null : owner.username(), owner == null ? null : owner.displayName(), a.dueDate(), a.priority().name(),
                a.status().name(), a.reason(), a.isOverdueOn(today()), a.createdAt(), a.closedAt(), next, a.version());
    }

    ReviewSummary summary(Review review, Map<String, Account> people, Map<String, String> teamNames) {
        Account facilitator = review.facilitatorAccountId().map(people::get).orElse(null);
        return new ReviewSummary(review.id(), review.title(), review.status().name(), teamNames.get(review.teamId()),
                facilitator == null ? null : facilitator.displayName(), review.openedAt(), review.updatedAt());
    }

    private static TimelineEntryView timelineEntry(TimelineEntry e) {
        return new TimelineEntryView(e.id(), e.happenedAt(), e.text(), e.kind().name());
    }

    private static FactorView factor(ContributingFactor f) {
        return new FactorView(f.id(), f.category().name(), f.description(), f.whys());
    }

    static PersonView person(Account a) {
        return new PersonView(a.username(), a.displayName());
    }

    String teamName(String teamId) {
        return teams.findById(teamId).map(Team::name).orElse(null);
    }

    Map<String, Account> accountsById(Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : accounts.findByIds(ids).stream().collect(Collectors.toMap(Account::id, Function.identity()));
    }
}
