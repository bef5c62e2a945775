package dimple.application.review;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.Actor;
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
import dimple.application.shared.RetriedOnConflict;
import dimple.application.shared.StaleRecord;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.review.ActionItem;
import dimple.domain.review.ActionItemRepository;
import dimple.domain.review.ActionQuery;
import dimple.domain.review.ActionReason;
import dimple.domain.review.ActionStatus;
import dimple.domain.review.FieldChange;
import dimple.domain.review.HistoryEntry;
import dimple.domain.review.ReviewHistory;
import dimple.domain.review.ReviewRepository;
import dimple.domain.shared.Ids;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Action items after the review: "my actions" for everybody (open ones first, overdue leading), "team
 * actions" for leaders, the overdue ones for the dashboard, and moving an item on. The owner moves
 * their item; leaders of its team move any item of the team. An item is visible to its owner, the
 * team's leaders and whoever may see its review; to anyone else it does not exist. An item that reaches a
 * final state publishes {@code ActionItemClosed}: the learning context implements the lessons it completes.
 */
@ApplicationScoped
@Transactional
@PublishesEvents
public class ActionService {
    /** At most this many overdue items on the dashboard. */
    public static final int DASHBOARD_LIMIT = 5;

    private ActionItemRepository actions;
    private ReviewRepository reviews;
    private ReviewHistory history;
    private AccountRepository accounts;
    private TeamRepository teams;
    private CurrentUser currentUser;
    private CurrentActor actor;
    private AuditTrail audit;
    private EventPublisher events;
    private Clock clock;
    private ReviewViews views;

    protected ActionService() {
    }

    @Inject
    public ActionService(ActionItemRepository actions, ReviewRepository reviews, ReviewHistory history, MistakeReportRepository reports,
                         PublishedLessons lessons, AccountRepository accounts, TeamRepository teams, CurrentUser currentUser, CurrentActor actor,
                         AuditTrail audit, EventPublisher events, Clock clock) {
        this.actions = actions;
        this.events = events;
        this.reviews = reviews;
        this.history = history;
        this.accounts = accounts;
        this.teams = teams;
        this.currentUser = currentUser;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
        this.views = new ReviewViews(accounts, teams, reports, reviews, actions, lessons, clock);
    }

    /** The caller's action items: open ones first by due date (overdue ones lead), then done and dropped ones. */
    @RequiresPermissions(Permission.ACTION_UPDATE_OWN)
    public PageView<ActionView> mine(Integer page, Integer size) {
        Account me = me();
        return page(actions.search(ActionQuery.ownedBy(me.id()), Paging.request(page, size)), me);
    }

    /** The action items of the teams the caller leads, or of one of them (by name), ordered like {@link #mine}. */
    @RequiresPermissions(Permission.ACTION_READ_TEAM)
    public PageView<ActionView> team(String team, Integer page, Integer size) {
        Account me = me();
        Check check = Check.input().maxLength("team", team, Team.MAX_NAME_LENGTH, "field.team");
        Set<String> teamIds = me.leadsTeams();
        if (team != null && !team.isBlank()) {
            Optional<Team> named = teams.findByName(team.strip()).filter(t -> me.leads(t.id()));
            check.that(named.isPresent(), "team", "input.action.teamNotLed", abbreviate(team));
            teamIds = named.map(t -> Set.of(t.id())).orElse(Set.of());
        }
        check.orRefuse();
        PageRequest request = Paging.request(page, size);
        if (teamIds.isEmpty()) {
            return new PageView<>(List.of(), request.page(), request.size(), 0);
        }
        return page(actions.search(ActionQuery.ofTeams(teamIds), request), me);
    }

    /** One action item. */
    @RequiresPermissions(Permission.ACTION_UPDATE_OWN)
    public ActionView find(String actionId) {
        Account me = me();
        return view(visible(actionId, me), me);
    }

    /**
     * Moves an item on: IN_PROGRESS, DONE, or NOT_DOING with a reason. Also after its review is published.
     * Without an expected version (no {@code If-Match}) the move applies to the item as it is now.
     */
    @RequiresPermissions(Permission.ACTION_UPDATE_OWN)
    @RetriedOnConflict
    public ActionView move(ChangeActionStatus command) {
        Account me = me();
        ActionItem item = visible(command.actionId(), me, true);
        if (!item.mayBeMovedBy(me)) {
            throw new AccessRefused();
        }
        if (command.expectedVersion() != null && command.expectedVersion() != item.version()) {
            throw new StaleRecord();
        }
        Check check = Check.input()
                .required("status", command.status(), "field.status");
        check.valid("reason", ActionReason::of, command.reason());
        ActionStatus next = check.known("status", command.status(), ActionStatus.class, "field.status");
        check.orRefuse();
        Instant now = clock.instant();
        ActionStatus before = item.status();
        item.moveTo(next, command.reason(), now);
        actions.save(item);
        for (FieldChange change : item.takeChanges()) {
            history.append(HistoryEntry.of(item.reviewId(), item.id(), me.id(), change, now));
        }
        events.publish(item.takeEvents());
        audit.recordAs(me.username(), AuditAction.ACTION_MOVED, "review " + item.reviewId(),
                "action=" + item.id() + ", " + before + " -> " + next);
        return view(item, me);
    }

    /** The dashboard's numbers; zeros for people who hold no action items. */
    @RequiresPermissions(Permission.SELF_USE)
    public ActionCounts counts() {
        if (!currentUser.isPermitted(Permission.ACTION_UPDATE_OWN)) {
            return new ActionCounts(0, 0, 0);
        }
        Actor me = actor.require();
        LocalDate today = views.today();
        PageRequest one = PageRequest.first(1);
        long mineOpen = actions.search(new ActionQuery(me.accountId(), Set.of(), true, null), one).total();
        long mineOverdue = actions.search(ActionQuery.ownedBy(me.accountId()).overdue(today), one).total();
        long teamOverdue = currentUser.isPermitted(Permission.ACTION_READ_TEAM) && !me.teamsLed().isEmpty()
                ? actions.search(ActionQuery.ofTeams(me.teamsLed()).overdue(today), one).total() : 0;
        return new ActionCounts(mineOpen, mineOverdue, teamOverdue);
    }

    /** Overdue items for the dashboard: the caller's own and those of the teams they lead, the most overdue first. */
    @RequiresPermissions(Permission.SELF_USE)
    public List<ActionView> overdue() {
        if (!currentUser.isPermitted(Permission.ACTION_UPDATE_OWN)) {
            return List.of();
        }
        Account me = me();
        LocalDate today = views.today();
        PageRequest first = PageRequest.first(DASHBOARD_LIMIT);
        Map<String, ActionItem> found = new LinkedHashMap<>();
        actions.search(ActionQuery.ownedBy(me.id()).overdue(today), first).items().forEach(a -> found.put(a.id(), a));
        if (currentUser.isPermitted(Permission.ACTION_READ_TEAM) && !me.leadsTeams().isEmpty()) {
            actions.search(ActionQuery.ofTeams(me.leadsTeams()).overdue(today), first).items().forEach(a -> found.putIfAbsent(a.id(), a));
        }
        List<ActionItem> mostOverdue = found.values().stream().sorted(Comparator.comparing(ActionItem::dueDate).thenComparing(ActionItem::id))
                .limit(DASHBOARD_LIMIT).toList();
        return views.actions(mostOverdue, me, true);
    }

    private PageView<ActionView> page(Page<ActionItem> found, Account me) {
        List<ActionView> items = views.actions(found.items(), me, currentUser.isPermitted(Permission.ACTION_UPDATE_OWN));
        return new PageView<>(items, found.page(), found.size(), found.total());
    }

    private ActionView view(ActionItem item, Account me) {
        return views.actions(List.of(item), me, currentUser.isPermitted(Permission.ACTION_UPDATE_OWN)).get(0);
    }

    private ActionItem visible(String actionId, Account me) {
        return visible(actionId, me, false);
    }

    /** For a change, the action item's row is locked first: its movers take turns, never race (ADR 33). */
    private ActionItem visible(String actionId, Account me, boolean forChange) {
        if (!Ids.looksLikeId(actionId)) {
            throw new RecordNotFound("action");
        }
        return (forChange ? actions.findForChange(actionId) : actions.findById(actionId))
                .filter(a -> a.isOwnedBy(me.id()) || me.leads(a.teamId())
                        || reviews.findById(a.reviewId()).filter(r -> r.isVisibleTo(me)).isPresent())
                .orElseThrow(() -> new RecordNotFound("action"));
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
