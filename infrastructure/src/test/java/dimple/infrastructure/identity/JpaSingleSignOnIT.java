package dimple.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dimple.domain.identity.Account;
import dimple.domain.identity.ProviderLink;
import dimple.domain.identity.Role;
import dimple.infrastructure.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The two V44 tables of single sign-on (docs/adr/0032), on the real schema. */
class JpaSingleSignOnIT {
    private static final Instant NOW = Instant.parse("2026-12-06T22:00:00Z");
    private static final String ISSUER = "https://id.example.com/realms/staff";

    private final TestDatabase db = TestDatabase.migrated();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private Account account(String username) {
        Account account = Account.open(username, username, "hash:" + username, Set.of(Role.EMPLOYEE), NOW);
        db.run(em -> new JpaAccountRepository(em).save(account));
        return account;
    }

    private static ProviderSignInAttempts attempts(EntityManager em) {
        ProviderSignInAttempts attempts = new ProviderSignInAttempts();
        attempts.em = em;
        return attempts;
    }

    @Test
    void aLink_isFoundByIssuerAndSubject_andOneSubjectLinksOneAccount() {
        Account sam = account("sam");
        Account other = account("other");
        db.run(em -> new JpaProviderLinkRepository(em).save(ProviderLink.of(sam.id(), ISSUER, "subject-1", NOW)));

        Optional<ProviderLink> found = db.inTransaction(em -> new JpaProviderLinkRepository(em).find(ISSUER, "subject-1"));
        Optional<ProviderLink> elsewhere = db.inTransaction(em -> new JpaProviderLinkRepository(em).find("https://elsewhere.example.com", "subject-1"));
        Set<String> linked = db.inTransaction(em -> new JpaProviderLinkRepository(em).linkedAmong(List.of(sam.id(), other.id())));

        assertThat(found.map(ProviderLink::accountId)).contains(sam.id());
        assertThat(found.map(ProviderLink::linkedAt)).contains(NOW);
        assertThat(elsewhere).isEmpty();
        assertThat(linked).containsExactly(sam.id());
        Throwable twice = catchThrowable(() -> db.run(em -> new JpaProviderLinkRepository(em).save(ProviderLink.of(other.id(), ISSUER, "subject-1", NOW))));
        assertThat(twice).isNotNull();
    }

    @Test
    void anAttempt_isTakenOnce_andNotAfterItsLifetime() {
        db.run(em -> attempts(em).start("a".repeat(64), new ProviderSignInAttempts.Attempt("nonce-1", "verifier-1", "/report/new.xhtml"), NOW));
        db.run(em -> attempts(em).start("b".repeat(64), new ProviderSignInAttempts.Attempt("nonce-2", "verifier-2", null), NOW));

        Optional<ProviderSignInAttempts.Attempt> first = db.inTransaction(em -> attempts(em).take("a".repeat(64), NOW.plusSeconds(30)));
        Optional<ProviderSignInAttempts.Attempt> again = db.inTransaction(em -> attempts(em).take("a".repeat(64), NOW.plusSeconds(31)));
        Optional<ProviderSignInAttempts.Attempt> late = db.inTransaction(em -> attempts(em).take("b".repeat(64),
                NOW.plus(ProviderSignInAttempts.LIFETIME).plusSeconds(1)));

        assertThat(first).contains(new ProviderSignInAttempts.Attempt("nonce-1", "verifier-1", "/report/new.xhtml"));
        assertThat(again).isEmpty();
        assertThat(late).isEmpty();
    }

    @Test
    void startingAnAttempt_clearsThoseOlderThanTheLifetime() {
        db.run(em -> attempts(em).start("c".repeat(64), new ProviderSignInAttempts.Attempt("n", "v", null), NOW));
        db.run(em -> attempts(em).start("d".repeat(64), new ProviderSignInAttempts.Attempt("n", "v", null),
                NOW.plus(ProviderSignInAttempts.LIFETIME).plusSeconds(1)));

        long left = db.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from provider_sign_in_attempt").getSingleResult()).longValue());
        assertThat(left).isEqualTo(1);
    }
}
