package dimple.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.audit.AuditTrail;
import dimple.application.identity.Actor;
import dimple.application.identity.OrganisationTimeZone;
import dimple.application.identity.SessionPolicy;
import dimple.application.identity.SessionService;
import dimple.application.learning.InboxService;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.NotSignedIn;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.audit.JpaAuditEntryRepository;
import dimple.infrastructure.audit.JpaConfidentialActivityRepository;
import dimple.infrastructure.learning.JpaNotificationRepository;
import dimple.infrastructure.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.servlet.ServletRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The signed-in person is looked up once per request, however many use cases the request runs: real
 * services over the real JPA repositories and H2, each call in a transaction of its own as in the
 * container, and a counter on the account repository. Requests are stand-ins holding attributes and a
 * locale; who is signed in is set by the test, as Shiro would have set it.
 */
class RequestActorIT {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final TestDatabase db = TestDatabase.migrated();
    private final AtomicReference<EntityManager> inTransaction = new AtomicReference<>();
    private final EntityManager em = transactionScoped(inTransaction);
    private final CountingAccounts accounts = new CountingAccounts(new JpaAccountRepository(em));
    private final SignedIn currentUser = new SignedIn();
    private final AtomicReference<ServletRequest> request = new AtomicReference<>();
    private final RequestActor actor = new RequestActor(currentUser, accounts, new OrganisationTimeZone(ZoneId.of("Europe/Berlin")),
            () -> Optional.ofNullable(request.get()));
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InboxService inbox = new InboxService(new JpaNotificationRepository(em), actor, clock);
    private final SessionService sessions = new SessionService(new JpaSignedInSessionRepository(em), accounts, currentUser, actor,
            new AuditTrail(new JpaAuditEntryRepository(em), new JpaConfidentialActivityRepository(em), currentUser, clock),
            SessionPolicy.DEFAULT, clock);
    private Team frontDesk;
    private Account emma;

    @BeforeEach
    void storeTwoPeople() {
        frontDesk = Team.found("Front Desk", NOW);
        emma = Account.open("emma", "Emma Employee", "hash", Set.of(Role.EMPLOYEE), NOW);
        emma.assignTeams(Set.of(frontDesk.id()), Set.of());
        Account lena = Account.open("lena", "Lena Leader", "hash", Set.of(Role.EMPLOYEE, Role.LEADER), NOW);
        lena.assignTeams(Set.of(), Set.of(frontDesk.id()));
        db.run(em -> {
            new JpaTeamRepository(em).save(frontDesk);
            new JpaAccountRepository(em).save(emma);
            new JpaAccountRepository(em).save(lena);
        });
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void useCasesOfOneRequest_shareOneLookUp_andTheNextRequestLooksUpAgain() {
        currentUser.name = "emma";
        request.set(newRequest(Locale.GERMANY));

        call(inbox::unread);
        call(sessions::mine);
        call(() -> inbox.inbox(0, 10));

        assertThat(accounts.lookUpsByUsername).isEqualTo(1);
        // the inbox needs only the actor's id; the session list hands the account to a rule, so loads it by id
        assertThat(accounts.loadsById).isEqualTo(1);

        request.set(newRequest(Locale.GERMANY));
        call(inbox::unread);

        assertThat(accounts.lookUpsByUsername).isEqualTo(2);
    }

    @Test
    void theActor_namesTheAccountItsTeamsTheRequestsLanguageAndTheOrganisationsTimeZone() {
        currentUser.name = "emma";
        request.set(newRequest(Locale.GERMANY));

        Actor seen = call(actor::require);

        assertThat(seen.accountId()).isEqualTo(emma.id());
        assertThat(seen.username()).isEqualTo("emma");
        assertThat(seen.roles()).containsExactly(Role.EMPLOYEE);
        assertThat(seen.teams()).containsExactly(frontDesk.id());
        assertThat(seen.teamsLed()).isEmpty();
        assertThat(seen.language()).isEqualTo(Locale.GERMAN);
        assertThat(seen.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(seen.toString()).doesNotContain("emma", emma.id());
    }

    @Test
    void aPersonsOwnChoice_winsOverTheRequestAndTheOrganisation_andALanguageDimpleDoesNotSpeakIsEnglish() {
        db.run(em -> em.find(Account.class, emma.id()).chooseLanguageAndTimeZone("en", "America/New_York"));
        currentUser.name = "emma";
        request.set(newRequest(Locale.GERMANY));
        Actor chosen = call(actor::require);
        assertThat(chosen.language()).isEqualTo(Locale.ENGLISH);
        assertThat(chosen.timeZone()).isEqualTo(ZoneId.of("America/New_York"));

        currentUser.name = "lena";
        request.set(newRequest(Locale.FRANCE));
        Actor french = call(actor::require);
        assertThat(french.language()).isEqualTo(Locale.ENGLISH);
        assertThat(french.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void anAnonymousRequest_isRefusedAsBefore_withoutALookUp() {
        request.set(newRequest(Locale.UK));

        assertThatThrownBy(() -> call(inbox::unread)).isInstanceOf(NotSignedIn.class);
        assertThat(accounts.lookUpsByUsername).isZero();
    }

    @Test
    void signingOutDuringARequest_refusesTheUseCasesThatFollow() {
        currentUser.name = "emma";
        request.set(newRequest(Locale.UK));
        call(inbox::unread);

        currentUser.name = null;

        assertThatThrownBy(() -> call(sessions::mine)).isInstanceOf(NotSignedIn.class);
    }

    @Test
    void someoneElseSigningInDuringARequest_isLookedUpAfresh() {
        currentUser.name = "emma";
        request.set(newRequest(Locale.UK));
        assertThat(call(actor::require).username()).isEqualTo("emma");

        currentUser.name = "lena";

        Actor lena = call(actor::require);
        assertThat(lena.username()).isEqualTo("lena");
        assertThat(lena.leads(frontDesk.id())).isTrue();
        assertThat(accounts.lookUpsByUsername).isEqualTo(2);
    }

    @Test
    void aNameWithNoAccount_isRefusedAsNotSignedIn() {
        currentUser.name = "nobody";
        request.set(newRequest(Locale.UK));

        assertThatThrownBy(() -> call(inbox::unread)).isInstanceOf(NotSignedIn.class);
    }

    @Test
    void outsideARequest_nobodyIsSignedIn_andNothingIsKept() {
        assertThatThrownBy(() -> call(inbox::unread)).isInstanceOf(NotSignedIn.class);

        // a thread with a signed-in subject but no request (none does this today) looks up at every call
        currentUser.name = "emma";
        call(inbox::unread);
        call(inbox::unread);
        assertThat(accounts.lookUpsByUsername).isEqualTo(2);
    }

    /** One use case: a transaction of its own, as the container runs each service call. */
    private <T> T call(Supplier<T> useCase) {
        return db.inTransaction(current -> {
            inTransaction.set(current);
            try {
                return useCase.get();
            } finally {
                inTransaction.set(null);
            }
        });
    }

    /** An entity manager that answers with the one of the transaction running, as the container's does. */
    private static EntityManager transactionScoped(AtomicReference<EntityManager> current) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    try {
                        return method.invoke(current.get(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** A stand-in request: attributes and a locale, nothing else. */
    private static ServletRequest newRequest(Locale locale) {
        Map<String, Object> attributes = new HashMap<>();
        return (ServletRequest) Proxy.newProxyInstance(ServletRequest.class.getClassLoader(), new Class<?>[] {ServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getLocale" -> locale;
                    case "getLocales" -> java.util.Collections.enumeration(java.util.List.of(locale));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Whoever the test names is signed in and holds every permission (the checks are tested elsewhere). */
    private static final class SignedIn implements CurrentUser {
        String name;

        @Override
        public Optional<String> username() {
            return Optional.ofNullable(name);
        }

        @Override
        public boolean isPermitted(String permission) {
            return name != null;
        }
    }

    /** The real repository, counting the look-ups by username. */
    private static final class CountingAccounts implements AccountRepository {
        private final AccountRepository stored;
        int lookUpsByUsername;
        int loadsById;

        CountingAccounts(AccountRepository stored) {
            this.stored = stored;
        }

        @Override
        public Optional<Account> findByUsername(String username) {
            lookUpsByUsername++;
            return stored.findByUsername(username);
        }

        @Override
        public Optional<Account> findById(String id) {
            loadsById++;
            return stored.findById(id);
        }

        @Override
        public List<Account> findByIds(Collection<String> ids) {
            return stored.findByIds(ids);
        }

        @Override
        public List<Account> findByUsernames(Collection<String> usernames) {
            return stored.findByUsernames(usernames);
        }

        @Override
        public Page<Account> search(String text, PageRequest page) {
            return stored.search(text, page);
        }

        @Override
        public long countEnabledWithRole(Role role) {
            return stored.countEnabledWithRole(role);
        }

        @Override
        public long countMembers(String teamId) {
            return stored.countMembers(teamId);
        }

        @Override
        public long countLeaders(String teamId) {
            return stored.countLeaders(teamId);
        }

        @Override
        public List<Account> leadersOf(String teamId) {
            return stored.leadersOf(teamId);
        }

        @Override
        public java.util.List<dimple.domain.identity.PersonName> names() {
            return stored.names();
        }

        @Override
        public long count() {
            return stored.count();
        }

        @Override
        public void save(Account account) {
            stored.save(account);
        }
    }
}
