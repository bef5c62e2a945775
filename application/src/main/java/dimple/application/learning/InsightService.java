package dimple.application.learning;

import dimple.application.identity.CurrentActor;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.learning.InsightFigures;
import dimple.domain.reporting.CategoryDefinition;
import dimple.domain.reporting.CategoryDefinitionRepository;
import dimple.domain.reporting.ReportKind;
import dimple.domain.shared.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Learning-health insights: leaders for the teams they lead, HR for the whole organisation. Only
 * aggregated figures leave this service: counts, shares, medians and published lessons.
 */
@ApplicationScoped
@Transactional
public class InsightService {
    /** The longest range asked for at once. */
    public static final int MAX_DAYS = 3 * 366;
    static final int MOST_ENDORSED = 5;

    private InsightFigures figures;
    private AccountRepository accounts;
    private TeamRepository teams;
    private CurrentUser currentUser;
    private CurrentActor actor;
    private Clock clock;
    private CategoryDefinitionRepository categories;

    protected InsightService() {
    }

    @Inject
    public InsightService(InsightFigures figures, AccountRepository accounts, TeamRepository teams, CurrentUser currentUser, CurrentActor actor,
                          Clock clock, CategoryDefinitionRepository categories) {
        this.categories = categories;
        this.figures = figures;
        this.accounts = accounts;
        this.teams = teams;
        this.currentUser = currentUser;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Insights for one team by name, or without a name for all the caller may see: the teams they lead
     * (leaders) or the whole organisation (HR). A team the caller may not see is not found. The range
     * defaults to the last twelve months, ending today.
     */
    @RequiresPermissions(Permission.SELF_USE)
    public InsightsView insights(String team, LocalDate from, LocalDate to) {
        Account me = actor.account(accounts);
        boolean organisation = currentUser.isPermitted(Permission.INSIGHT_ORGANISATION);
        boolean leader = currentUser.isPermitted(Permission.INSIGHT_TEAM);
        if (!organisation && !leader) {
            throw new AccessRefused();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusMonths(12).withDayOfMonth(1) : from;
        Check.input()
                .that(!start.isAfter(end), "from", "input.fromAfterTo")
                .that(ChronoUnit.DAYS.between(start, end) <= MAX_DAYS, "from", "input.insight.tooLong")
                .maxLength("team", team, Team.MAX_NAME_LENGTH, "field.team")
                .orRefuse();
        Collection<String> teamIds;
        Message scope;
        List<String> choosable;
        List<Team> led = teams.findByIds(me.leadsTeams());
        if (organisation) {
            choosable = teams.findAll().stream().map(Team::name).sorted().toList();
        } else {
            choosable = led.stream().map(Team::name).sorted().toList();
        }
        if (team != null && !team.isBlank()) {
            Optional<Team> named = teams.findByName(team.strip()).filter(t -> organisation || me.leads(t.id()));
            Team t = named.orElseThrow(() -> new RecordNotFound("team"));
            teamIds = Set.of(t.id());
            scope = Message.of("insight.scope.team", t.name());
        } else if (organisation) {
            teamIds = null;
            scope = Message.of("insight.scope.organisation");
        } else {
            teamIds = led.stream().map(Team::id).collect(Collectors.toSet());
            scope = led.size() == 1 ? Message.of("insight.scope.team", led.get(0).name()) : Message.of("insight.scope.led");
        }
        Instant f = start.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant t = end.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return compute(scope, start, end, teamIds, f, t, choosable);
    }

    private InsightsView compute(Message scope, LocalDate start, LocalDate end, Collection<String> teamIds, Instant f, Instant t,
                                 List<String> choosable) {
        if (teamIds != null && teamIds.isEmpty()) {
            return new InsightsView(scope, start, end, 0, Map.of(), "STEADY", 0, null, 0, 0, 0, null, Map.of(), 0, 0, List.of(), choosable, 0);
        }
        Map<String, Map<String, Long>> perMonth = new TreeMap<>();
        for (LocalDate m = start.withDayOfMonth(1); !m.isAfter(end); m = m.plusMonths(1)) {
            perMonth.put(m.toString().substring(0, 7), new LinkedHashMap<>());
        }
        long reports = 0;
        long nearOrCatch = 0;
        for (InsightFigures.MonthCount c : figures.reportsPerMonth(teamIds, f, t)) {
            perMonth.computeIfAbsent(c.month(), k -> new LinkedHashMap<>()).merge(c.kind(), c.count(), Long::sum);
            reports += c.count();
            if (c.kind().equals(ReportKind.NEAR_MISS.name()) || c.kind().equals(ReportKind.GOOD_CATCH.name())) {
                nearOrCatch += c.count();
            }
        }
        InsightFigures.ActionTimeliness actions = figures.actionTimeliness(teamIds, f, t);
        long repeats = figures.repeatMistakes(teamIds, f, t);
        Map<String, Long> recoveries = new TreeMap<>(figures.recoveryOutcomes(teamIds, f, t));
        List<LessonCard> endorsed = figures.mostEndorsed(teamIds, f, t, MOST_ENDORSED).stream()
                .map(LessonService.card(teams.findAll().stream().collect(Collectors.toMap(Team::id, Team::name)))).toList();
        return new InsightsView(scope, start, end, reports, perMonth, trend(perMonth), percent(nearOrCatch, reports),
                median(figures.daysFromReportToLesson(teamIds, f, t)), actions.due(), actions.onTime(), actions.late(),
                actions.due() == 0 ? null : percent(actions.onTime(), actions.due()), recoveries, repeats, percent(repeats, reports),
                endorsed, choosable, figures.reportsWithoutRecoveryCase(teamIds, f, t, CategoryDefinition.kindsNeedingRecoveryCase(categories.all())));
    }

    /** RISING when the later half of the months saw more reports than the earlier half (by a tenth), FALLING when fewer. */
    static String trend(Map<String, Map<String, Long>> perMonth) {
        List<Long> totals = new ArrayList<>();
        perMonth.values().forEach(kinds -> totals.add(kinds.values().stream().mapToLong(Long::longValue).sum()));
        int half = totals.size() / 2;
        if (half == 0) {
            return "STEADY";
        }
        long earlier = totals.subList(0, half).stream().mapToLong(Long::longValue).sum();
        long later = totals.subList(totals.size() - half, totals.size()).stream().mapToLong(Long::longValue).sum();
        if (later > earlier * 1.1 && later > earlier) {
            return "RISING";
        }
        if (later < earlier * 0.9) {
            return "FALLING";
        }
        return "STEADY";
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(m * 10) / 10.0;
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
