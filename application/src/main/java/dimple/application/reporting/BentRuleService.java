package dimple.application.reporting;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.CurrentActor;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.application.shared.RetriedOnConflict;
import dimple.application.shared.TakenMeanwhile;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.reporting.BentRule;
import dimple.domain.reporting.BentRuleDecision;
import dimple.domain.reporting.BentRuleDecisionRepository;
import dimple.domain.reporting.DecisionNote;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.RuleDecision;
import dimple.domain.shared.UniqueKeyTaken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bent-rules register: rules people bent for customers, grouped by rule (case and spacing do not
 * matter) per team, with how often, the reports behind them (never their reporters) and the leaders'
 * decision to keep, change or retire the rule. Withdrawn reports do not count.
 */
@ApplicationScoped
@Transactional
public class BentRuleService {
    private MistakeReportRepository reports;
    private BentRuleDecisionRepository decisions;
    private AccountRepository accounts;
    private TeamRepository teams;
    private CurrentUser currentUser;
    private CurrentActor actor;
    private AuditTrail audit;
    private Clock clock;

    protected BentRuleService() {
    }

    @Inject
    public BentRuleService(MistakeReportRepository reports, BentRuleDecisionRepository decisions, AccountRepository accounts,
                           TeamRepository teams, CurrentUser currentUser, CurrentActor actor, AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.decisions = decisions;
        this.accounts = accounts;
        this.teams = teams;
        this.currentUser = currentUser;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The register of the teams the caller leads, or of one of them; the most often bent rules first. */
    @RequiresPermissions(Permission.BENTRULE_READ)
    public List<BentRuleEntry> register(String team) {
        Account me = me();
        Set<String> teamIds = team == null || team.isBlank() ? me.leadsTeams() : Set.of(ledTeam(me, team).id());
        if (teamIds.isEmpty()) {
            return List.of();
        }
        Map<String, String> teamNames = teams.findByIds(teamIds).stream().collect(Collectors.toMap(Team::id, Team::name));
        Map<String, BentRuleDecision> decided = decisions.forTeams(teamIds).stream()
                .collect(Collectors.toMap(d -> d.teamId() + "\n" + d.ruleKey(), Function.identity()));
        Map<String, List<MistakeReport>> grouped = new LinkedHashMap<>();
        for (MistakeReport report : reports.withBentRules(teamIds)) {
            report.bentRule().ifPresent(b -> grouped.computeIfAbsent(report.teamId() + "\n" + b.key(), k -> new java.util.ArrayList<>()).add(report));
        }
        Map<String, Account> deciders = accountsById(decided.values().stream().map(BentRuleDecision::decidedByAccountId).collect(Collectors.toSet()));
        return grouped.entrySet().stream()
                .map(e -> entry(e.getValue(), teamNames.get(e.getValue().get(0).teamId()), decided.get(e.getKey()), deciders))
                .sorted(Comparator.comparingInt(BentRuleEntry::count).reversed()
                        .thenComparing(BentRuleEntry::team).thenComparing(BentRuleEntry::rule, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Rules already in the register of the caller's own team (or of all their teams), worded as most people wrote them,
     * whose wording contains what the person typed (case and spacing do not matter); the most often bent first, at most
     * {@code limit}. The report form offers them while "Which rule" is typed, so that one rule is not split by spelling;
     * a new rule can still be typed. Only the rules' wording is given: no counts, reports, decisions or reporters.
     *
     * <p>Only rules that are already the team's knowledge are offered: those its leaders decided on in the register,
     * and those at least {@value #KNOWN_FROM} reports name. A rule one report names is not: a colleague typing would see
     * it appear the moment it was filed, and a fresh, rare rule can point to who was on shift (a confidential report
     * included; ADR 7).
     */
    @RequiresPermissions(Permission.REPORT_SUBMIT)
    public List<String> rulesLike(String team, String typed, int limit) {
        Account me = me();
        Set<String> teamIds = teams.findByIds(me.memberOf()).stream()
                .filter(t -> team == null || team.isBlank() || t.name().equalsIgnoreCase(team.strip()))
                .map(Team::id).collect(Collectors.toSet());
        if (teamIds.isEmpty() || limit < 1) {
            return List.of();
        }
        String key = BentRule.keyOf(typed);
        String wanted = key == null ? "" : key;
        Set<String> decided = decisions.forTeams(teamIds).stream().map(BentRuleDecision::ruleKey).collect(Collectors.toSet());
        Map<String, Map<String, Integer>> wordings = new LinkedHashMap<>();
        for (MistakeReport report : reports.withBentRules(teamIds)) {
            report.bentRule().filter(b -> b.key().contains(wanted))
                    .ifPresent(b -> wordings.computeIfAbsent(b.key(), k -> new LinkedHashMap<>()).merge(b.rule(), 1, Integer::sum));
        }
        wordings.entrySet().removeIf(e -> !decided.contains(e.getKey()) && timesNamed(e.getValue()) < KNOWN_FROM);
        return wordings.values().stream()
                .sorted(Comparator.comparingInt(BentRuleService::timesNamed).reversed()
                        .thenComparing(w -> mostUsed(w), String.CASE_INSENSITIVE_ORDER))
                .map(BentRuleService::mostUsed)
                .limit(limit)
                .toList();
    }

    /** How many reports name a rule before it is suggested to the team without a leader's decision. */
    static final int KNOWN_FROM = 3;

    private static int timesNamed(Map<String, Integer> wordings) {
        return wordings.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String mostUsed(Map<String, Integer> wordings) {
        return wordings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()).orElseThrow().getKey();
    }

    /**
     * Records (or revises) the decision about one rule of a team the caller leads. The API sends no
     * version: a revision that meets another at the same moment is made again on the stored decision
     * (the later one stays, as one after the other), never refused as stale. The first decision made twice
     * at the same moment is stored once; the other is refused naming the rule (409), as it was not a revision
     * of what its leader saw.
     */
    @RequiresPermissions(Permission.BENTRULE_DECIDE)
    @RetriedOnConflict
    public BentRuleEntry decide(DecideBentRule command) {
        Account me = me();
        Check check = Check.input()
                .required("team", command.team(), "field.team")
                .required("rule", command.rule(), "field.rule")
                .maxLength("rule", command.rule() == null ? null : command.rule().strip(), BentRule.MAX_RULE, "field.rule")
                .required("decision", command.decision(), "field.decision");
        check.valid("note", DecisionNote::of, command.note());
        RuleDecision decision = check.known("decision", command.decision(), RuleDecision.class, "field.decision");
        check.orRefuse();
        Team team = ledTeam(me, command.team());
        String key = BentRule.keyOf(command.rule());
        List<MistakeReport> behind = reports.withBentRules(Set.of(team.id())).stream()
                .filter(r -> r.bentRule().map(b -> b.key().equals(key)).orElse(false)).toList();
        if (behind.isEmpty()) {
            throw new RecordNotFound("bentRule");
        }
        Optional<BentRuleDecision> existing = decisions.find(team.id(), key);
        BentRuleDecision made = existing.orElse(null);
        if (made == null) {
            made = BentRuleDecision.decide(team.id(), behind.get(behind.size() - 1).bentRule().orElseThrow().rule(), decision, command.note(),
                    me.id(), clock.instant());
        } else {
            made.revise(decision, command.note(), me.id(), clock.instant());
        }
        try {
            decisions.save(made);
        } catch (UniqueKeyTaken taken) {
            throw new TakenMeanwhile("rule", "input.bentRule.decidedMeanwhile");
        }
        audit.record(AuditAction.BENT_RULE_DECIDED, team.name() + ": " + made.rule(), decision.name());
        return entry(behind, team.name(), made, Map.of(me.id(), me));
    }

    private static BentRuleEntry entry(List<MistakeReport> behind, String teamName, BentRuleDecision decision, Map<String, Account> deciders) {
        // The wording of the first report that named the rule, unless leaders have decided about it.
        String rule = decision != null ? decision.rule() : behind.get(behind.size() - 1).bentRule().orElseThrow().rule();
        List<BentRuleEntry.BentRuleReport> list = behind.stream().map(r -> {
            BentRule b = r.bentRule().orElseThrow();
            return new BentRuleEntry.BentRuleReport(r.id(), r.number(), r.title(), r.submittedAt(), b.reason(), b.valueCreated());
        }).toList();
        BentRuleEntry.DecisionView view = null;
        if (decision != null) {
            Account by = deciders.get(decision.decidedByAccountId());
            view = new BentRuleEntry.DecisionView(decision.decision().name(), decision.note(), decision.decidedAt(),
                    by == null ? null : by.username(), by == null ? null : by.displayName());
        }
        return new BentRuleEntry(teamName, rule, list.size(), list, view);
    }

    private Team ledTeam(Account me, String name) {
        Optional<Team> team = name == null ? Optional.empty() : teams.findByName(name.strip()).filter(t -> me.leads(t.id()));
        Check.input().that(team.isPresent(), "team", "input.team.notLed", name == null ? "" : name.strip()).orRefuse();
        return team.get();
    }

    private Map<String, Account> accountsById(Set<String> ids) {
        return ids.isEmpty() ? Map.of() : accounts.findByIds(new HashSet<>(ids)).stream().collect(Collectors.toMap(Account::id, Function.identity()));
    }

    private Account me() {
        return actor.account(accounts);
    }
}
