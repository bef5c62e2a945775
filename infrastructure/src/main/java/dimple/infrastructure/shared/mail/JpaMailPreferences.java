package dimple.infrastructure.shared.mail;

import dimple.application.shared.MailChoice;
import dimple.application.shared.MailKind;
import dimple.application.shared.MailPreferences;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** People's mail choices, unsubscribe tokens and the queue's health, on the tables of docs/adr/0030. */
@ApplicationScoped
public class JpaMailPreferences implements MailPreferences {
    /** How many of the latest failures administrators see. */
    static final int FAILURES_SHOWN = 20;

    @PersistenceContext(unitName = "dimple")
    EntityManager em;
    @Inject
    OutgoingMessages queue;
    @Inject
    MailSettings settings;

    public JpaMailPreferences() {
    }

    public JpaMailPreferences(EntityManager em, OutgoingMessages queue, MailSettings settings) {
        this.em = em;
        this.queue = queue;
        this.settings = settings;
    }

    @Override
    public Map<MailKind, MailChoice> choices(String accountId) {
        return queue.choices(accountId);
    }

    @Override
    public void choose(String accountId, MailKind kind, MailChoice choice, Instant now) {
        queue.choose(accountId, kind, choice, now);
    }

    @Override
    public Optional<String> offBecause() {
        return settings.offBecause();
    }

    @Override
    public Unsubscribe readToken(String token, Instant now) {
        return UnsubscribeTokens.of(em).read(token, now);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Health health(Instant now) {
        Instant dayAgo = now.minus(Duration.ofDays(1));
        List<Object[]> rows = em.createNativeQuery("select channel, kind,"
                        + " sum(case when state = 'WAITING' then 1 else 0 end),"
                        + " sum(case when state = 'WAITING' and attempts > 0 then 1 else 0 end),"
                        + " sum(case when state = 'SENT' and sent_at >= ? then 1 else 0 end),"
                        + " sum(case when state = 'DROPPED' then 1 else 0 end)"
                        + " from outgoing_message group by channel, kind order by channel, kind")
                .setParameter(1, OutgoingMessages.utc(dayAgo)).getResultList();
        List<Kind> kinds = new ArrayList<>();
        long waiting = 0;
        long failing = 0;
        long sent = 0;
        long dropped = 0;
        for (Object[] row : rows) {
            Kind kind = new Kind((String) row[0], (String) row[1], number(row[2]), number(row[3]), number(row[4]));
            kinds.add(kind);
            waiting += kind.waiting();
            failing += kind.failing();
            sent += kind.sentLastDay();
            dropped += number(row[5]);
        }
        return new Health(settings.enabled(), settings.offBecause().orElse(null), waiting, failing, sent, dropped, kinds,
                failed(0, FAILURES_SHOWN, now));
    }

    @Override
    public Page<Failure> failures(PageRequest request, Instant now) {
        long total = ((Number) em.createNativeQuery("select count(*) from outgoing_message where attempts > 0").getSingleResult()).longValue();
        return new Page<>(failed(request.offset(), request.size(), now), request.page(), request.size(), total);
    }

    @SuppressWarnings("unchecked")
    private List<Failure> failed(int offset, int max, Instant now) {
        List<Object[]> failed = em.createNativeQuery("select channel, kind, attempts, created_at, last_error, next_attempt_at, state"
                        + " from outgoing_message where attempts > 0 order by last_failed_at desc, id")
                .setFirstResult(offset).setMaxResults(max).getResultList();
        return OutgoingMessages.failures(failed, now, Failure::new);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
