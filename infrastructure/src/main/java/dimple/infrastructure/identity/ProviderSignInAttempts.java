package dimple.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Single sign-ons on their way through the provider (docs/adr/0032), one row each in
 * {@code provider_sign_in_attempt}, so that any instance can finish what another started: the browser comes back
 * to whichever instance the load balancer picks. A row is found by the SHA-256 of its state, used once (taken
 * and deleted in one transaction) and is worthless after {@link #LIFETIME}. Old rows go at the next start.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ProviderSignInAttempts {
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    /** What the callback needs to finish the sign-in. */
    public record Attempt(String nonce, String codeVerifier, String returnTo) {
        @Override
        public String toString() {
            return "Attempt[]";
        }
    }

    public void start(String stateHash, Attempt attempt, Instant now) {
        em.createNativeQuery("delete from provider_sign_in_attempt where started_at < ?")
                .setParameter(1, now.minus(LIFETIME).toEpochMilli()).executeUpdate();
        em.createNativeQuery("insert into provider_sign_in_attempt (state_hash, nonce, code_verifier, return_to, started_at) values (?, ?, ?, ?, ?)")
                .setParameter(1, stateHash).setParameter(2, attempt.nonce()).setParameter(3, attempt.codeVerifier())
                .setParameter(4, attempt.returnTo()).setParameter(5, now.toEpochMilli()).executeUpdate();
    }

    /** The attempt with this state, once: it is deleted as it is read. Empty when unknown, used or too old. */
    public Optional<Attempt> take(String stateHash, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select nonce, code_verifier, return_to, started_at from provider_sign_in_attempt where state_hash = ?")
                .setParameter(1, stateHash).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int deleted = em.createNativeQuery("delete from provider_sign_in_attempt where state_hash = ?").setParameter(1, stateHash).executeUpdate();
        Object[] row = rows.get(0);
        long started = ((Number) row[3]).longValue();
        if (deleted != 1 || started < now.minus(LIFETIME).toEpochMilli()) {
            // Another request took it meanwhile, or it is too old.
            return Optional.empty();
        }
        return Optional.of(new Attempt((String) row[0], (String) row[1], (String) row[2]));
    }
}
