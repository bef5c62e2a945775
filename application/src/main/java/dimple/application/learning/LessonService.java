package dimple.application.learning;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.CurrentActor;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.PageView;
import dimple.application.shared.Paging;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.learning.EndorsementKind;
import dimple.domain.learning.EndorsementRepository;
import dimple.domain.learning.ForgivingSearch;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonBoard;
import dimple.domain.learning.LessonQuery;
import dimple.domain.learning.LessonRepository;
import dimple.domain.learning.LessonSearch;
import dimple.domain.learning.ScenarioCardRepository;
import dimple.domain.reporting.ReportKind;
import dimple.domain.review.ActionItemRepository;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lessons board, search, one lesson's page, endorsements and the leaders' curation (archive,
 * supersede). Every lesson is readable by everyone signed in; what a lesson shows never names a
 * reporter and holds nothing of the accountability lane.
 */
@ApplicationScoped
@Transactional
public class LessonService {
    /** The longest search text taken; longer text is cut (a query of a few words is what search is for). */
    public static final int MAX_QUERY = 500;
    /** The longest text similar lessons are looked for with (a narrative being typed). */
    public static final int MAX_SIMILAR_TEXT = 20_000;
    public static final int MAX_SIMILAR = 5;

    private LessonRepository lessons;
    private LessonBoard board;
    private LessonSearch search;
    private EndorsementRepository endorsements;
    private ReviewRepository reviews;
    private ActionItemRepository actions;
    private ScenarioCardRepository scenarios;
    private AccountRepository accounts;
    private TeamRepository teams;
    private CurrentUser currentUser;
    private CurrentActor actor;
    private AuditTrail audit;
    private Clock clock;

    protected LessonService() {
    }

    @Inject
    public LessonService(LessonRepository lessons, LessonBoard board, LessonSearch search, EndorsementRepository endorsements,
                         ReviewRepository reviews, ActionItemRepository actions, ScenarioCardRepository scenarios,
                         AccountRepository accounts, TeamRepository teams, CurrentUser currentUser, CurrentActor actor, AuditTrail audit,
                         Clock clock) {
        this.lessons = lessons;
        this.board = board;
        this.search = search;
        this.endorsements = endorsements;
        this.reviews = reviews;
        this.actions = actions;
        this.scenarios = scenarios;
        this.accounts = accounts;
        this.teams = teams;
        this.currentUser = currentUser;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The board: current lessons as cards, best match first with search text, else newest or most
     * endorsed first. A search that finds nothing as typed is tried once more with its typos corrected
     * ({@link ForgivingSearch}); if that finds lessons, they are the answer, with the corrected text, so
     * the person is told and can search exactly what they typed instead ({@link BoardFilter#exact}).
     */
    @RequiresPermissions(Permission.LESSON_READ)
    public BoardPage board(BoardFilter filter, Integer page, Integer size) {
        BoardFilter f = filter == null ? BoardFilter.everything() : filter;
        Check check = Check.input()
                .maxLength("tag", f.tag(), 200, "field.tag")
                .maxLength("team", f.team(), Team.MAX_NAME_LENGTH, "field.team")
                .that(f.from() == null || f.to() == null || !f.from().isAfter(f.to()), "from", "input.fromAfterTo");
        ReportKind kind = check.known("kind", f.kind(), ReportKind.class, "field.kind");
        LessonQuery.Order order = check.known("order", f.order(), LessonQuery.Order.class, "field.order");
        PageRequest request = Paging.request(page, size);
        check.orRefuse();
        String teamId = null;
        if (f.team() != null && !f.team().isBlank()) {
            Optional<Team> team = teams.findByName(f.team().strip());
            if (team.isEmpty()) {
                return new BoardPage(List.of(), request.page(), request.size(), 0, null);
            }
            teamId = team.get().id();
        }
        String tag = f.tag() == null || f.tag().isBlank() ? null : f.tag().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        LessonQuery query = new LessonQuery(tag, teamId, kind,
                f.from() == null ? null : f.from().atStartOfDay().toInstant(ZoneOffset.UTC),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), order);
        String q = f.q() == null ? "" : f.q().strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        if (q.isEmpty()) {
            return BoardPage.of(cards(board.page(query, request)), null);
        }
        ForgivingSearch.Found found = ForgivingSearch.search(search, q, query, request, f.exact());
        return BoardPage.of(cards(found.lessons()), found.correctedQuery());
    }

    /**
     * Up to five current lessons like the text (e.g. the narrative of a report being typed), most alike
     * first; when there are none, those like the text with its typos corrected, as on the board.
     */
    @RequiresPermissions(Permission.LESSON_READ)
    public List<LessonCard> similar(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = text.length() > MAX_SIMILAR_TEXT ? text.substring(0, MAX_SIMILAR_TEXT) : text;
        List<Lesson> found = ForgivingSearch.similar(search, t, MAX_SIMILAR);
        return cards(found);
    }

    /** One lesson, current or not, for everyone signed in. */
    @RequiresPermissions(Permission.LESSON_READ)
    public LessonView find(String lessonId) {
        Account me = me();
        return view(lesson(lessonId), me);
    }

    /**
     * Endorses a lesson as the caller: "applies to my team" or "I applied this". One per person and
     * kind: endorsing again changes nothing and is no error.
     */
    @RequiresPermissions(Permission.LESSON_ENDORSE)
    public LessonView endorse(String lessonId, String kind) {
        Account me = me();
        Check check = Check.input().required("kind", kind, "field.kind");
        EndorsementKind k = check.known("kind", kind, EndorsementKind.class, "field.kind");
        check.orRefuse();
        Lesson lesson = lesson(lessonId);
        // Added and counted by the store, which also settles two tabs of one person sending at once; the
        // versioned lesson is not saved, so people endorsing at the same moment never conflict (issue 20).
        lesson.endorse(me.id(), k, endorsements.exists(lesson.id(), me.id(), k), clock.instant()).ifPresent(endorsements::add);
        return view(lesson, me);
    }

    /** A leader of the lesson's team takes it off the board; it stays readable by its link. */
    @RequiresPermissions(Permission.LESSON_CURATE)
    public LessonView archive(String lessonId) {
        Account me = me();
        Lesson lesson = curated(lessonId, me);
        lesson.archive(clock.instant());
        lessons.save(lesson);
        search.index(lesson);
        audit.recordAs(me.username(), AuditAction.LESSON_ARCHIVED, "lesson " + lesson.id(), null);
        return view(lesson, me);
    }

    /**
     * A leader of the lesson's team marks it superseded by a newer lesson, which it then links to. Who
     * may curate the lesson is settled before the input is looked at, as for archiving: a leader of
     * another team is refused (403) whatever they send.
     */
    @RequiresPermissions(Permission.LESSON_CURATE)
    public LessonView supersede(String lessonId, String byLessonId) {
        Account me = me();
        Lesson lesson = curated(lessonId, me);
        Check.input().required("by", byLessonId, "field.theNewerLesson")
                .that(byLessonId == null || Ids.looksLikeId(byLessonId.strip()), "by", "input.lesson.newerNotAnId")
                .orRefuse();
        Lesson newer = lessons.findById(byLessonId.strip()).orElseThrow(() -> new RecordNotFound("lesson"));
        lesson.supersedeBy(newer, clock.instant());
        lessons.save(lesson);
        search.index(lesson);
        audit.recordAs(me.username(), AuditAction.LESSON_SUPERSEDED, "lesson " + lesson.id(), "by lesson " + newer.id());
        return view(lesson, me);
    }

    /**
     * "On this day": a current lesson published on today's date in an earlier year, or else the oldest
     * lesson nobody has endorsed yet (published at least a week ago); empty when there is neither.
     */
    @RequiresPermissions(Permission.LESSON_READ)
    public Optional<LessonCard> onThisDay() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant startOfYear = today.withDayOfYear(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Optional<Lesson> found = board.publishedOnThisDay(today.getMonthValue(), today.getDayOfMonth(), startOfYear);
        if (found.isEmpty()) {
            found = board.oldestUnendorsed(now.minus(java.time.Duration.ofDays(7)));
        }
        return found.map(l -> cards(List.of(l)).get(0));
    }

    /** What the board's filters offer: the tags in use (most used first), the teams and the kinds of report. */
    @RequiresPermissions(Permission.LESSON_READ)
    public BoardOptions options() {
        return new BoardOptions(board.tags(50), teams.findAll().stream().map(Team::name).sorted().toList(),
                java.util.Arrays.stream(ReportKind.values()).map(Enum::name).toList());
    }

    private Lesson curated(String lessonId, Account me) {
        Lesson lesson = lesson(lessonId);
        if (!me.leads(lesson.teamId())) {
            throw new AccessRefused();
        }
        return lesson;
    }

    private Lesson lesson(String lessonId) {
        if (lessonId == null || !Ids.looksLikeId(lessonId)) {
            throw new RecordNotFound("lesson");
        }
        return lessons.findById(lessonId).orElseThrow(() -> new RecordNotFound("lesson"));
    }

    private LessonView view(Lesson lesson, Account me) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EndorsementKind k : EndorsementKind.values()) {
            counts.put(k.name(), lesson.endorsements(k));
        }
        List<String> mine = endorsements.kindsBy(lesson.id(), me.id()).stream().map(Enum::name).sorted().toList();
        List<LessonView.Factor> factors = reviews.findById(lesson.reviewId())
                .map(r -> r.factors().stream()
                        .map(f -> new LessonView.Factor(f.category().name(), f.description(), f.whys())).toList())
                .orElse(List.of());
        List<LessonView.Action> acts = new ArrayList<>();
        for (String actionId : lesson.actionIds()) {
            actions.findById(actionId).ifPresent(a -> acts.add(new LessonView.Action(a.title(), a.type().name(), a.status().name(), a.dueDate())));
        }
        List<LessonView.ScenarioSummary> cards = scenarios.ofLesson(lesson.id()).stream()
                .map(c -> new LessonView.ScenarioSummary(c.id(), c.persona(), c.sessions().size())).toList();
        return new LessonView(lesson.id(), lesson.title(), lesson.takeaway(), LessonSummaries.story(lesson), lesson.tags(), teamName(lesson.teamId()),
                lesson.kind() == null ? null : lesson.kind().name(), lesson.status().name(), lesson.publishedAt(), lesson.implementedAt(),
                lesson.supersededBy().orElse(null), counts, mine, factors, acts, cards,
                me.leads(lesson.teamId()) && lesson.status().isCurrent() && currentUser.isPermitted(Permission.LESSON_CURATE),
                lesson.version());
    }

    private PageView<LessonCard> cards(Page<Lesson> page) {
        List<LessonCard> items = cards(page.items());
        return new PageView<>(items, page.page(), page.size(), page.total());
    }

    private List<LessonCard> cards(Collection<Lesson> found) {
        Set<String> teamIds = found.stream().map(Lesson::teamId).collect(Collectors.toCollection(HashSet::new));
        Map<String, String> names = teams.findByIds(teamIds).stream().collect(Collectors.toMap(Team::id, Team::name));
        return found.stream().map(card(names)).toList();
    }

    static Function<Lesson, LessonCard> card(Map<String, String> teamNames) {
        return l -> new LessonCard(l.id(), l.title(), l.takeaway(), l.tags(), teamNames.getOrDefault(l.teamId(), ""),
                l.kind() == null ? null : l.kind().name(), l.status().name(), l.publishedAt(),
                l.endorsements(EndorsementKind.APPLIES_TO_MY_TEAM), l.endorsements(EndorsementKind.I_APPLIED_THIS));
    }

    private String teamName(String teamId) {
        return teams.findById(teamId).map(Team::name).orElse("");
    }

    private Account me() {
        return actor.account(accounts);
    }
}
