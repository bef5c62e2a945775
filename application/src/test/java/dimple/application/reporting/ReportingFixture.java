package dimple.application.reporting;

import dimple.application.audit.AuditTrail;
import dimple.application.recovery.RecoveryService;
import dimple.application.shared.CurrentUser;
import dimple.domain.audit.AuditEntry;
import dimple.domain.audit.AuditEntryRepository;
import dimple.domain.audit.AuditQuery;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.recovery.RecoveryCase;
import dimple.domain.recovery.RecoveryCaseRepository;
import dimple.domain.recovery.RecoveryQuery;
import dimple.domain.reporting.BentRuleDecision;
import dimple.domain.reporting.BentRuleDecisionRepository;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReceiptNumbers;
import dimple.domain.reporting.ReportQuery;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The demo organisation (Front Desk: emma, lena leads; Online Orders: eli, leo leads; hana HR; admin)
 * over in-memory fakes of every port, with the reporting, bent-rule and recovery services wired as
 * the container would wire them. Who is signed in is switched with {@link #as}.
 */
public class ReportingFixture {
    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    public final MutableClock clock = new MutableClock(NOW);
    public final Accounts accounts = new Accounts();
    public final Teams teams = new Teams();
    public final Reports reports = new Reports();
    public final Recoveries recoveries = new Recoveries(reports);
    public final Receipts receipts = new Receipts();
    public final Decisions decisions = new Decisions();
    public final AuditLog audit = new AuditLog();
    public final SignedIn currentUser = new SignedIn(accounts);
    public final ReportingService reporting;
    public final BentRuleService bentRules;
    public final RecoveryService recovery;
    public final Team frontDesk = Team.found("Front Desk", NOW);
    public final Team onlineOrders = Team.found("Online Orders", NOW);

    public ReportingFixture() {
        teams.save(frontDesk);
        teams.save(onlineOrders);
        person("emma", "Emma Employee", Set.of(Role.EMPLOYEE), frontDesk, null);
        person("eli", "Eli Employee", Set.of(Role.EMPLOYEE), onlineOrders, null);
        person("lena", "Lena Leader", Set.of(Role.EMPLOYEE, Role.LEADER), frontDesk, frontDesk);
        person("leo", "Leo Leader", Set.of(Role.EMPLOYEE, Role.LEADER), onlineOrders, onlineOrders);
        person("hana", "Hana HR", Set.of(Role.HR), null, null);
        person("admin", "Administrator", Set.of(Role.ADMIN), null, null);
        AuditTrail trail = new AuditTrail(audit, currentUser, clock);
        reporting = new ReportingService(reports, recoveries, receipts, accounts, teams, currentUser, trail, clock);
        bentRules = new BentRuleService(reports, decisions, accounts, teams, currentUser, trail, clock);
        recovery = new RecoveryService(recoveries, reports, accounts, teams, currentUser, trail, clock);
    }

    private void person(String username, String name, Set<Role> roles, Team member, Team leads) {
        Account account = Account.open(username, name, "hash", roles, NOW);
        account.assignTeams(member == null ? Set.of() : Set.of(member.id()), leads == null ? Set.of() : Set.of(leads.id()));
        accounts.save(account);
    }

    /** Signs this person in for the following calls. */
    public ReportingFixture as(String username) {
        currentUser.username = username;
        return this;
    }

    public SubmitReport report(String title, String team, String mode, SubmitReport.AffectedCustomer... customers) {
        return new SubmitReport(title, "The card encoder wrote room 214 while the screen showed 241.", NOW.minusSeconds(3600), team,
                "NEAR_MISS", "MINOR", mode, null, List.of(customers));
    }

    public static SubmitReport.AffectedCustomer customer(String ref) {
        return new SubmitReport.AffectedCustomer(ref, true, null, false, null);
    }

    /** Every audit line, as one text per line, for "does this name appear anywhere" checks. */
    public List<String> auditLines() {
        return audit.entries.stream().map(e -> e.actor() + " | " + e.action() + " | " + e.target() + " | " + e.detail()).toList();
    }

    public static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        public void advance(java.time.Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    public static final class SignedIn implements CurrentUser {
        private final Accounts accounts;
        String username;

        SignedIn(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Optional<String> username() {
            return Optional.ofNullable(username);
        }

        @Override
        public boolean isPermitted(String permission) {
            return username().flatMap(accounts::findByUsername).map(a -> a.permissions().contains(permission)).orElse(false);
        }
    }

    public static final class Accounts implements AccountRepository {
        final Map<String, Account> byId = new LinkedHashMap<>();

        @Override
        public Optional<Account> findByUsername(String username) {
            return byId.values().stream().filter(a -> a.username().equals(username)).findFirst();
        }

        @Override
        public Optional<Account> findById(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<Account> findByIds(Collection<String> ids) {
            return ids.stream().map(byId::get).filter(a -> a != null).toList();
        }

        @Override
        public List<Account> findByUsernames(Collection<String> usernames) {
            return byId.values().stream().filter(a -> usernames.contains(a.username())).toList();
        }

        @Override
        public Page<Account> search(String text, PageRequest page) {
            String needle = text == null ? "" : text.toLowerCase(java.util.Locale.ROOT);
            return page(byId.values().stream()
                    .filter(a -> a.username().contains(needle) || a.displayName().toLowerCase(java.util.Locale.ROOT).contains(needle))
                    .sorted(Comparator.comparing(Account::username)).toList(), page);
        }

        @Override
        public long countEnabledWithRole(Role role) {
            return byId.values().stream().filter(a -> a.hasRole(role)).count();
        }

        @Override
        public long countMembers(String teamId) {
            return byId.values().stream().filter(a -> a.isMemberOf(teamId)).count();
        }

        @Override
        public long countLeaders(String teamId) {
            return byId.values().stream().filter(a -> a.leads(teamId)).count();
        }

        @Override
        public long count() {
            return byId.size();
        }

        @Override
        public void save(Account account) {
            byId.put(account.id(), account);
        }
    }

    public static final class Teams implements TeamRepository {
        final Map<String, Team> byId = new LinkedHashMap<>();

        @Override
        public Optional<Team> findById(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Team> findByName(String name) {
            return byId.values().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
        }

        @Override
        public List<Team> findByIds(Collection<String> ids) {
            return byId.values().stream().filter(t -> ids.contains(t.id())).toList();
        }

        @Override
        public List<Team> findAll() {
            return List.copyOf(byId.values());
        }

        @Override
        public void save(Team team) {
            byId.put(team.id(), team);
        }
    }

    public static final class Reports implements MistakeReportRepository {
        public final Map<String, MistakeReport> byId = new LinkedHashMap<>();

        @Override
        public Optional<MistakeReport> findById(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<MistakeReport> findByIds(Collection<String> ids) {
            return ids.stream().map(byId::get).filter(r -> r != null).toList();
        }

        @Override
        public void save(MistakeReport report) {
            byId.put(report.id(), report);
        }

        private Stream<MistakeReport> newestFirst() {
            return byId.values().stream().sorted(Comparator.comparing(MistakeReport::submittedAt).reversed().thenComparing(MistakeReport::id));
        }

        @Override
        public Page<MistakeReport> reportedBy(String accountId, PageRequest page) {
            return page(newestFirst().filter(r -> r.isReportedBy(accountId)).toList(), page);
        }

        @Override
        public Page<MistakeReport> search(ReportQuery q, PageRequest page) {
            Predicate<MistakeReport> matches = r -> q.teamIds().contains(r.teamId())
                    && (q.status() == null || r.status() == q.status())
                    && (q.kind() == null || r.kind() == q.kind())
                    && (q.impact() == null || r.customerImpact() == q.impact())
                    && (q.from() == null || !r.submittedAt().isBefore(q.from()))
                    && (q.to() == null || r.submittedAt().isBefore(q.to()));
            return page(newestFirst().filter(matches).toList(), page);
        }

        @Override
        public List<MistakeReport> withBentRules(Collection<String> teamIds) {
            return newestFirst().filter(r -> teamIds.contains(r.teamId()) && r.bentRule().isPresent() && r.status() != ReportStatus.WITHDRAWN).toList();
        }

        @Override
        public long countUnansweredQuestionsFor(String accountId) {
            return byId.values().stream().filter(r -> r.isReportedBy(accountId)).mapToLong(MistakeReport::unansweredQuestions).sum();
        }

        @Override
        public long countInTeams(Collection<String> teamIds, ReportStatus status) {
            return byId.values().stream().filter(r -> teamIds.contains(r.teamId()) && r.status() == status).count();
        }
    }

    public static final class Recoveries implements RecoveryCaseRepository {
        public final Map<String, RecoveryCase> byId = new LinkedHashMap<>();
        private final Reports reports;

        Recoveries(Reports reports) {
            this.reports = reports;
        }

        @Override
        public Optional<RecoveryCase> findById(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<RecoveryCase> findByReport(String reportId) {
            return byId.values().stream().filter(c -> c.reportId().equals(reportId)).toList();
        }

        @Override
        public void save(RecoveryCase recovery) {
            byId.put(recovery.id(), recovery);
        }

        @Override
        public Page<RecoveryCase> due(RecoveryQuery q, PageRequest page) {
            List<RecoveryCase> found = byId.values().stream().filter(c -> {
                MistakeReport report = reports.byId.get(c.reportId());
                return report != null && report.status() != ReportStatus.WITHDRAWN
                        && (report.isReportedBy(q.reporterAccountId()) || q.ledTeamIds().contains(c.teamId()))
                        && (q.teamId() == null || q.teamId().equals(c.teamId()))
                        && !c.status().isSettled()
                        && (q.dueFrom() == null || !c.followUpDue().isBefore(q.dueFrom()))
                        && (q.dueBefore() == null || c.followUpDue().isBefore(q.dueBefore()));
            }).sorted(Comparator.comparing(RecoveryCase::followUpDue).thenComparing(RecoveryCase::id)).toList();
            return page(found, page);
        }
    }

    public static final class Receipts implements ReceiptNumbers {
        public final Map<Integer, Long> last = new HashMap<>();

        @Override
        public long next(int year) {
            return last.merge(year, 1L, Long::sum);
        }
    }

    public static final class Decisions implements BentRuleDecisionRepository {
        final List<BentRuleDecision> all = new ArrayList<>();

        @Override
        public Optional<BentRuleDecision> find(String teamId, String ruleKey) {
            return all.stream().filter(d -> d.teamId().equals(teamId) && d.ruleKey().equals(ruleKey)).findFirst();
        }

        @Override
        public List<BentRuleDecision> forTeams(Collection<String> teamIds) {
            return all.stream().filter(d -> teamIds.contains(d.teamId())).toList();
        }

        @Override
        public void save(BentRuleDecision decision) {
            if (!all.contains(decision)) {
                all.add(decision);
            }
        }
    }

    public static final class AuditLog implements AuditEntryRepository {
        public final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public void append(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
            return page(entries, page);
        }
    }

    static <T> Page<T> page(List<T> all, PageRequest page) {
        int from = Math.min(all.size(), page.offset());
        int to = Math.min(all.size(), from + page.size());
        return Page.of(all.subList(from, to), page, all.size());
    }
}
