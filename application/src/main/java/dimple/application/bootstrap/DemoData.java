package dimple.application.bootstrap;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.PasswordHasher;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The demo organisation of API.md: two teams, an employee and a leader in each, HR and an admin, all
 * with the password {@value #PASSWORD} and the mail address {@code username@}{@value #MAIL_DOMAIN} (a domain reserved
 * by RFC 2606: a demo with an SMTP server shows every mail, and none reaches a real person), and sample content ({@link DemoReports}, then {@link DemoReviews} on
 * top of those reports, {@link DemoLessons}, and {@link DemoCoaching} on the named reports). Only ever
 * seeded into an empty database with {@code DIMPLE_DEMO=true}.
 */
@ApplicationScoped
public class DemoData {
    public static final String PASSWORD = "dimple-demo";
    /** The demo people's mail domain: reserved for examples (RFC 2606), so no mail to it reaches anyone. */
    public static final String MAIL_DOMAIN = "example.com";
    public static final String FRONT_DESK = "Front Desk";
    public static final String ONLINE_ORDERS = "Online Orders";

    private AccountRepository accounts;
    private TeamRepository teams;
    private PasswordHasher hasher;
    private AuditTrail audit;
    private Clock clock;
    private DemoReports reports;
    private DemoReviews reviews;
    private DemoLessons lessons;
    private DemoCoaching coaching;

    protected DemoData() {
    }

    /** The demo organisation alone, without sample content. */
    public DemoData(AccountRepository accounts, TeamRepository teams, PasswordHasher hasher, AuditTrail audit, Clock clock) {
        this(accounts, teams, hasher, audit, clock, null, null, null, null);
    }

    /** The demo organisation with the sample content of reports, reviews and lessons, without the accountability lane. */
    public DemoData(AccountRepository accounts, TeamRepository teams, PasswordHasher hasher, AuditTrail audit, Clock clock,
                    DemoReports reports, DemoReviews reviews, DemoLessons lessons) {
        this(accounts, teams, hasher, audit, clock, reports, reviews, lessons, null);
    }

    @Inject
    public DemoData(AccountRepository accounts, TeamRepository teams, PasswordHasher hasher, AuditTrail audit, Clock clock,
                    DemoReports reports, DemoReviews reviews, DemoLessons lessons, DemoCoaching coaching) {
        this.accounts = accounts;
        this.teams = teams;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.reports = reports;
        this.reviews = reviews;
        this.lessons = lessons;
        this.coaching = coaching;
    }

    /** @param adminPassword the configured administrator password, or null to use the demo password for admin too */
    void seed(String adminPassword) {
        Instant now = clock.instant();
        Team frontDesk = Team.found(FRONT_DESK, now);
        Team onlineOrders = Team.found(ONLINE_ORDERS, now);
        teams.save(frontDesk);
        teams.save(onlineOrders);
        // One Argon2 hash shared by the demo accounts: they share one documented password anyway. It bypasses
        // PasswordPolicy on purpose: the policy refuses "dimple-demo" (too short, and it contains the product's
        // name), but README and API.md promise exactly this password for the demo organisation, which is
        // only ever seeded with DIMPLE_DEMO=true. A configured administrator password does go through the policy.
        String demoHash = hasher.hash(PASSWORD);
        Account emma = person("emma", "Emma Employee", demoHash, Set.of(Role.EMPLOYEE), frontDesk, null, now);
        Account eli = person("eli", "Eli Employee", demoHash, Set.of(Role.EMPLOYEE), onlineOrders, null, now);
        Account lena = person("lena", "Lena Leader", demoHash, Set.of(Role.EMPLOYEE, Role.LEADER), frontDesk, frontDesk, now);
        Account leo = person("leo", "Leo Leader", demoHash, Set.of(Role.EMPLOYEE, Role.LEADER), onlineOrders, onlineOrders, now);
        Account hana = person("hana", "Hana HR", demoHash, Set.of(Role.HR), null, null, now);
        String adminHash = adminPassword == null || adminPassword.isBlank() ? demoHash : hasher.hash(adminPassword);
        person(FirstRun.FIRST_ADMIN, FirstRun.FIRST_ADMIN_NAME, adminHash, Set.of(Role.ADMIN), null, null, now);
        if (reports != null) {
            reports.seed(emma, eli, lena, leo, frontDesk, onlineOrders, now);
            if (reviews != null) {
                reviews.seed(emma, eli, lena, leo, frontDesk, onlineOrders, now);
            }
            if (lessons != null) {
                lessons.seed(List.of(emma, eli, lena, leo, hana), emma, eli, lena, leo, frontDesk, onlineOrders, now);
            }
        }
        if (coaching != null) {
            coaching.seed(emma, eli, lena, leo, frontDesk, onlineOrders, now);
        }
        audit.recordAs(AuditAction.SYSTEM, AuditAction.DEMO_DATA_SEEDED, "demo organisation",
                (reports == null ? "teams and demo accounts" : "teams, demo accounts and sample reports with recoveries"
                        + (reviews == null ? "" : ", triage, reviews and actions") + (lessons == null ? "" : ", lessons and scenario cards"))
                        + (coaching == null ? "" : ", assessments and coaching records"));
    }

    private Account person(String username, String name, String hash, Set<Role> roles, Team member, Team leads, Instant now) {
        Account account = Account.open(username, name, hash, roles, now);
        account.assignTeams(member == null ? Set.of() : Set.of(member.id()), leads == null ? Set.of() : Set.of(leads.id()));
        account.changeEmail(username + "@" + MAIL_DOMAIN);
        accounts.save(account);
        return account;
    }
}
