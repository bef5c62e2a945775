package dimple.application.reporting;

import dimple.application.audit.AuditTrail;
import dimple.application.audit.InMemoryAuditEntries;
import dimple.application.audit.InMemoryConfidentialActivity;
import dimple.application.identity.FakeCurrentActor;
import dimple.application.recovery.CasesOfReports;
import dimple.application.recovery.InMemoryLetterTemplates;
import dimple.application.recovery.InMemoryRecoveryCases;
import dimple.application.recovery.LetterTemplateService;
import dimple.application.recovery.RecoveryService;
import dimple.application.recovery.SubmittedReports;
import dimple.application.shared.FakeCurrentUser;
import dimple.application.shared.InMemoryEvents;
import dimple.application.shared.TestClock;
import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.reporting.ReportSubmitted;
import dimple.domain.review.ReviewPublished;
import dimple.application.identity.InMemoryAccounts;
import dimple.application.identity.InMemoryTeams;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The demo organisation (Front Desk: emma, lena leads; Online Orders: eli, leo leads; hana HR; admin)
 * over in-memory fakes of every port, with the reporting, bent-rule and recovery services and the
 * reactions of the reporting and recovery contexts wired as CDI wires them. {@link #as} signs a person
 * in with exactly the permissions of their roles.
 */
public class ReportingFixture {
    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    public final TestClock clock = new TestClock(NOW);
    public final InMemoryAccounts accounts = new InMemoryAccounts();
    public final InMemoryTeams teams = new InMemoryTeams();
    public final InMemoryMistakeReports reports = new InMemoryMistakeReports();
    public final InMemoryRecoveryCases recoveries = new InMemoryRecoveryCases(reports);
    public final InMemoryReceiptNumbers receipts = new InMemoryReceiptNumbers();
    public final InMemoryBentRuleDecisions decisions = new InMemoryBentRuleDecisions();
    public final InMemoryCustomFields customFields = new InMemoryCustomFields();
    public final InMemoryLetterTemplates letterTemplates = new InMemoryLetterTemplates();
    public final InMemoryAuditEntries audit = new InMemoryAuditEntries();
    public final InMemoryConfidentialActivity confidentialActivity = new InMemoryConfidentialActivity();
    public final dimple.application.identity.InMemorySignInDelays signInDelays = new dimple.application.identity.InMemorySignInDelays();
    public final FakeCurrentUser currentUser = FakeCurrentUser.anonymous();
    public final FakeCurrentActor actor = new FakeCurrentActor(currentUser, accounts);
    public final InMemoryEvents events = new InMemoryEvents();
    public final ReportingService reporting;
    public final BentRuleService bentRules;
    public final CustomFieldService fields;
    public final RecoveryService recovery;
    public final LetterTemplateService letters;
    public final InMemoryCategoryDefinitions categoryDefinitions = new InMemoryCategoryDefinitions();
    public final CategoryService categories;
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
        AuditTrail trail = new AuditTrail(audit, confidentialActivity, currentUser, clock);
        reporting = new ReportingService(reports, new CasesOfReports(recoveries), receipts, accounts, teams, currentUser, actor, trail, events, clock,
                ConfidentialityPolicy.DEFAULT, customFields, categoryDefinitions, new ReceiptCodeGuesses(signInDelays, trail));
        events.on(ReportSubmitted.class, new SubmittedReports(recoveries)::on);
        events.on(ReviewPublished.class, new ReviewedReports(reports, events)::on);
        bentRules = new BentRuleService(reports, decisions, accounts, teams, currentUser, actor, trail, clock);
        fields = new CustomFieldService(customFields, teams, accounts, currentUser, actor, trail, clock);
        recovery = new RecoveryService(recoveries, reports, accounts, teams, currentUser, actor, trail, clock, letterTemplates);
        letters = new LetterTemplateService(letterTemplates, trail, clock);
        categories = new CategoryService(categoryDefinitions, trail);
    }

    private void person(String username, String name, Set<Role> roles, Team member, Team leads) {
        Account account = Account.open(username, name, "hash", roles, NOW);
        account.assignTeams(member == null ? Set.of() : Set.of(member.id()), leads == null ? Set.of() : Set.of(leads.id()));
        accounts.save(account);
    }

    /** Signs this person in, with the permissions their roles give, for the calls that follow. */
    public ReportingFixture as(String username) {
        currentUser.signedInAs(username, accounts.get(username).permissions().toArray(String[]::new));
        return this;
    }

    public SubmitReport report(String title, String team, String mode, SubmitReport.AffectedCustomer... customers) {
        return new SubmitReport(title, "The card encoder wrote room 214 while the screen showed 241.", NOW.minusSeconds(3600), team,
                "NEAR_MISS", "MINOR", mode, null, List.of(customers));
    }

    public static SubmitReport.AffectedCustomer customer(String ref) {
        return new SubmitReport.AffectedCustomer(ref, true, null, false, null);
    }

    /** What confidential reporters did, waiting for its day to end: action and target. */
    public List<String> waitingConfidentialActivity() {
        return confidentialActivity.all().stream().map(a -> a.day() + " | " + a.action() + " | " + a.target() + " | " + a.detail()).toList();
    }

    /** Every audit line as one text, for "does this name appear anywhere" checks. */
    public List<String> auditLines() {
        return audit.all().stream().map(e -> e.actor() + " | " + e.action() + " | " + e.target() + " | " + e.detail()).toList();
    }
}
