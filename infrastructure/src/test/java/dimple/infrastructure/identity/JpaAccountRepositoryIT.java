package dimple.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dimple.application.shared.Refusal;
import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.domain.shared.UniqueKeyTaken;
import dimple.infrastructure.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaAccountRepositoryIT {
    private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");

    private final TestDatabase db = TestDatabase.migrated();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private Team team(String name) {
        Team team = Team.found(name, OPENED);
        db.run(em -> new JpaTeamRepository(em).save(team));
        return team;
    }

    private Account account(String username, String displayName, Role... roles) {
        Account account = Account.open(username, displayName, "hash:" + username, Set.of(roles), OPENED);
        db.run(em -> new JpaAccountRepository(em).save(account));
        return account;
    }

    private Account load(String username) {
        return db.inTransaction(em -> new JpaAccountRepository(em).findByUsername(username)).orElseThrow();
    }

    private <T> T read(Function<JpaAccountRepository, T> query) {
        return db.inTransaction(em -> query.apply(new JpaAccountRepository(em)));
    }

    private long count(ToLongFunction<JpaAccountRepository> query) {
        return db.inTransaction(em -> query.applyAsLong(new JpaAccountRepository(em)));
    }

    private List<String> usernames(Function<JpaAccountRepository, List<Account>> query) {
        return read(query).stream().map(Account::username).toList();
    }

    @Test
    void save_thenLoad_keepsRolesTeamsLeadershipAndSignInState() {
        Team frontDesk = team("Front Desk");
        Team onlineOrders = team("Online Orders");
        Account lena = Account.open("lena", "Lena Leader", "hash:lena", Set.of(Role.EMPLOYEE, Role.LEADER), OPENED);
        lena.assignTeams(List.of(onlineOrders.id()), List.of(frontDesk.id()));
        lena.resetPassword("hash:one-time", OPENED.plusSeconds(10));
        db.run(em -> new JpaAccountRepository(em).save(lena));

        Account loaded = load("lena");

        assertThat(loaded.id()).isEqualTo(lena.id());
        assertThat(loaded.displayName()).isEqualTo("Lena Leader");
        assertThat(loaded.passwordHash()).isEqualTo("hash:one-time");
        assertThat(loaded.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.LEADER);
        assertThat(loaded.memberOf()).containsExactlyInAnyOrder(frontDesk.id(), onlineOrders.id());
        assertThat(loaded.leadsTeams()).containsExactly(frontDesk.id());
        assertThat(loaded.enabled()).isTrue();
        assertThat(loaded.mustChangePassword()).isTrue();
        assertThat(loaded.passwordResetAt()).isEqualTo(OPENED.plusSeconds(10));
        assertThat(loaded.createdAt()).isEqualTo(OPENED);
        assertThat(loaded.passwordChangedAt()).isEqualTo(OPENED.plusSeconds(10));
    }

    @Test
    void save_changedAccount_replacesRolesAndTeamsAndCountsTheVersion() {
        Team frontDesk = team("Front Desk");
        Team onlineOrders = team("Online Orders");
        Account emma = account("emma", "Emma Employee", Role.EMPLOYEE);
        long firstVersion = load("emma").version();

        db.run(em -> {
            JpaAccountRepository accounts = new JpaAccountRepository(em);
            Account stored = accounts.findByUsername("emma").orElseThrow();
            stored.assignRoles(List.of(Role.HR, Role.LEADER));
            stored.assignTeams(List.of(frontDesk.id()), List.of(onlineOrders.id()));
            stored.rename("Emma Smith");
            stored.disable();
            accounts.save(stored);
        });

        Account loaded = load("emma");
        assertThat(loaded.id()).isEqualTo(emma.id());
        assertThat(loaded.roles()).containsExactlyInAnyOrder(Role.HR, Role.LEADER);
        assertThat(loaded.memberOf()).containsExactlyInAnyOrder(frontDesk.id(), onlineOrders.id());
        assertThat(loaded.leadsTeams()).containsExactly(onlineOrders.id());
        assertThat(loaded.displayName()).isEqualTo("Emma Smith");
        assertThat(loaded.enabled()).isFalse();
        assertThat(loaded.version()).isGreaterThan(firstVersion);
    }

    @Test
    void names_areEveryAccountsUsernameAndDisplayName_disabledOnesToo() {
        account("emma", "Emma Employee", Role.EMPLOYEE);
        Account gone = account("olaf", "Olaf Former", Role.EMPLOYEE);
        gone.disable();
        db.run(em -> new JpaAccountRepository(em).save(gone));

        assertThat(read(JpaAccountRepository::names)).containsExactlyInAnyOrder(new dimple.domain.identity.PersonName("emma", "Emma Employee"),
                new dimple.domain.identity.PersonName("olaf", "Olaf Former"));
    }

    @Test
    void save_detachedAccountEditedElsewhere_isMergedNotDuplicated() {
        Account emma = account("emma", "Emma Employee", Role.EMPLOYEE);
        Account detached = load("emma");
        detached.rename("Emma Smith");

        db.run(em -> new JpaAccountRepository(em).save(detached));

        assertThat(count(JpaAccountRepository::count)).isEqualTo(1);
        assertThat(load("emma").displayName()).isEqualTo("Emma Smith");
        assertThat(load("emma").id()).isEqualTo(emma.id());
    }

    @Test
    void save_resetTime_roundTripsToTheMicrosecondInUtcWhateverTheServersTimeZone() throws Exception {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
        try {
            Instant failedAt = Instant.parse("2026-03-29T01:59:59.123456Z");
            Account emma = Account.open("emma", "Emma", "hash:emma", Set.of(Role.EMPLOYEE), failedAt);
            emma.resetPassword("hash:once", failedAt.plus(Duration.ofMinutes(15)));
            db.run(em -> new JpaAccountRepository(em).save(emma));

            Account loaded = load("emma");

            assertThat(loaded.passwordResetAt()).isEqualTo(failedAt.plus(Duration.ofMinutes(15)));
            assertThat(loaded.createdAt()).isEqualTo(failedAt);
            try (Connection connection = db.connection();
                 ResultSet rs = connection.createStatement().executeQuery("select password_reset_at from account")) {
                assertThat(rs.next()).isTrue();
                OffsetDateTime stored = rs.getObject(1, OffsetDateTime.class);
                assertThat(stored.getOffset()).isEqualTo(ZoneOffset.UTC);
                assertThat(stored.toInstant()).isEqualTo(failedAt.plus(Duration.ofMinutes(15)));
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void save_timeWithNanoseconds_isKeptToTheMicrosecond() {
        Instant precise = Instant.parse("2026-03-02T09:00:00.123456Z");
        Account emma = Account.open("emma", "Emma", "hash:emma", Set.of(Role.EMPLOYEE), precise.plusNanos(400));
        db.run(em -> new JpaAccountRepository(em).save(emma));

        assertThat(load("emma").createdAt()).isEqualTo(precise);
    }

    @Test
    void save_secondAccountWithTheSameUsername_isRefusedByTheDatabase() {
        account("emma", "Emma Employee", Role.EMPLOYEE);
        Account twin = Account.open("emma", "Another Emma", "hash:twin", Set.of(Role.EMPLOYEE), OPENED);

        Throwable thrown = catchThrowable(() -> db.run(em -> new JpaAccountRepository(em).save(twin)));

        assertThat(thrown).as("a use case can tell the taken username from other failures").isInstanceOf(UniqueKeyTaken.class);
        assertThat(count(JpaAccountRepository::count)).isEqualTo(1);
        assertThat(load("emma").displayName()).isEqualTo("Emma Employee");
    }

    @Test
    void save_concurrentEditsOfTheSameAccount_secondIsRefusedAsStale() {
        account("emma", "Emma Employee", Role.EMPLOYEE);
        EntityManager first = db.newEntityManager();
        EntityManager second = db.newEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Account seenByFirst = new JpaAccountRepository(first).findByUsername("emma").orElseThrow();
            Account seenBySecond = new JpaAccountRepository(second).findByUsername("emma").orElseThrow();
            seenByFirst.rename("Emma First");
            new JpaAccountRepository(first).save(seenByFirst);
            first.getTransaction().commit();

            seenBySecond.rename("Emma Second");
            Throwable thrown = catchThrowable(() -> {
                new JpaAccountRepository(second).save(seenBySecond);
                second.getTransaction().commit();
            });

            assertThat(Refusal.of(thrown)).get().extracting(Refusal::kind).isEqualTo(Refusal.Kind.STALE);
        } finally {
            if (second.getTransaction().isActive()) {
                second.getTransaction().rollback();
            }
            first.close();
            second.close();
        }
        assertThat(load("emma").displayName()).isEqualTo("Emma First");
    }

    @Test
    void search_matchesUsernameOrDisplayNameIgnoringCaseOrderedByUsername() {
        account("emma", "Emma Employee", Role.EMPLOYEE);
        account("eli", "Eli Employee", Role.EMPLOYEE);
        account("hana", "Hana HR", Role.HR);
        account("lena.emmerich", "Lena Leader", Role.LEADER);

        Page<Account> byName = read(r -> r.search("EMPLOYEE", PageRequest.first(20)));
        Page<Account> byUsername = read(r -> r.search("EmM", PageRequest.first(20)));
        Page<Account> everyone = read(r -> r.search("", PageRequest.first(20)));

        assertThat(byName.items()).extracting(Account::username).containsExactly("eli", "emma");
        assertThat(byUsername.items()).extracting(Account::username).containsExactly("emma", "lena.emmerich");
        assertThat(everyone.items()).extracting(Account::username).containsExactly("eli", "emma", "hana", "lena.emmerich");
        assertThat(everyone.total()).isEqualTo(4);
    }

    @Test
    void search_percentUnderscoreAndEscapeCharacter_matchLiterally() {
        account("a_b", "Plain", Role.EMPLOYEE);
        account("axb", "Plain", Role.EMPLOYEE);
        account("pct", "100% Sure", Role.EMPLOYEE);
        account("hundred", "100 Sure", Role.EMPLOYEE);
        account("bang", "Hey! You", Role.EMPLOYEE);
        account("quiet", "Hey You", Role.EMPLOYEE);

        assertThat(usernames(r -> r.search("_", PageRequest.first(20)).items())).containsExactly("a_b");
        assertThat(usernames(r -> r.search("%", PageRequest.first(20)).items())).containsExactly("pct");
        assertThat(usernames(r -> r.search("0%", PageRequest.first(20)).items())).containsExactly("pct");
        assertThat(usernames(r -> r.search("y!", PageRequest.first(20)).items())).containsExactly("bang");
        assertThat(count(r -> r.search("!", PageRequest.first(20)).total())).isEqualTo(1);
    }

    @Test
    void search_pages_giveTheRightSliceAndTheFullTotal() {
        for (String name : List.of("ann", "ben", "cai", "dan", "eve")) {
            account(name, name.toUpperCase(), Role.EMPLOYEE);
        }

        Page<Account> second = read(r -> r.search("", new PageRequest(1, 2)));
        Page<Account> beyond = read(r -> r.search("", new PageRequest(5, 2)));

        assertThat(second.items()).extracting(Account::username).containsExactly("cai", "dan");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.page()).isEqualTo(1);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void countEnabledWithRole_countsOnlyEnabledAccountsOnceEach() {
        account("ada", "Ada", Role.ADMIN, Role.EMPLOYEE);
        account("otto", "Otto", Role.ADMIN);
        Account gone = Account.open("gone", "Gone", "hash:gone", Set.of(Role.ADMIN), OPENED);
        gone.disable();
        db.run(em -> new JpaAccountRepository(em).save(gone));
        account("emma", "Emma", Role.EMPLOYEE);

        assertThat(count(r -> r.countEnabledWithRole(Role.ADMIN))).isEqualTo(2);
        assertThat(count(r -> r.countEnabledWithRole(Role.EMPLOYEE))).isEqualTo(2);
        assertThat(count(r -> r.countEnabledWithRole(Role.HR))).isZero();
        assertThat(count(JpaAccountRepository::count)).isEqualTo(4);
    }

    @Test
    void countMembersAndLeaders_countPeopleOfEachTeam() {
        Team frontDesk = team("Front Desk");
        Team onlineOrders = team("Online Orders");
        Account emma = Account.open("emma", "Emma", "hash", Set.of(Role.EMPLOYEE), OPENED);
        emma.assignTeams(List.of(frontDesk.id()), null);
        Account lena = Account.open("lena", "Lena", "hash", Set.of(Role.EMPLOYEE, Role.LEADER), OPENED);
        lena.assignTeams(List.of(onlineOrders.id()), List.of(frontDesk.id()));
        db.run(em -> {
            new JpaAccountRepository(em).save(emma);
            new JpaAccountRepository(em).save(lena);
        });

        assertThat(count(r -> r.countMembers(frontDesk.id()))).isEqualTo(2);
        assertThat(count(r -> r.countLeaders(frontDesk.id()))).isEqualTo(1);
        assertThat(count(r -> r.countMembers(onlineOrders.id()))).isEqualTo(1);
        assertThat(count(r -> r.countLeaders(onlineOrders.id()))).isZero();
    }

    @Test
    void findByUsernames_returnsThoseThatExistInUsernameOrder() {
        account("emma", "Emma", Role.EMPLOYEE);
        account("eli", "Eli", Role.EMPLOYEE);

        assertThat(usernames(r -> r.findByUsernames(List.of("emma", "nobody", "eli")))).containsExactly("eli", "emma");
        assertThat(usernames(r -> r.findByUsernames(List.of()))).isEmpty();
        assertThat(usernames(r -> r.findByUsername("nobody").stream().toList())).isEmpty();
    }
}
