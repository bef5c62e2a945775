package dimple.infrastructure.identity;

import dimple.application.identity.TeamWebhooks;
import dimple.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/** Table {@code team_webhook} (V46, docs/adr/0031); portable SQL. */
@ApplicationScoped
public class JpaTeamWebhooks implements TeamWebhooks {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaTeamWebhooks() {
    }

    public JpaTeamWebhooks(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Stored> ofTeam(String teamId) {
        List<Object[]> rows = em.createNativeQuery("select id, team_id, kind, url, secret from team_webhook where team_id = ? order by kind")
                .setParameter(1, teamId).getResultList();
        return rows.stream().map(r -> new Stored((String) r[0], (String) r[1], (String) r[2], (String) r[3], r[4] != null)).toList();
    }

    @Override
    public boolean plainHttpAllowed() {
        return ConfigProvider.getConfig().getOptionalValue("dimple.webhook.allow.plain.http", Boolean.class).orElse(false);
    }

    @Override
    public Stored set(String teamId, String kind, String url, String secret, Instant now) {
        remove(teamId, kind);
        String id = Ids.newId();
        em.createNativeQuery("insert into team_webhook (id, team_id, kind, url, secret, created_at) values (?, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, teamId).setParameter(3, kind).setParameter(4, url).setParameter(5, secret)
                .setParameter(6, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        return new Stored(id, teamId, kind, url, secret != null);
    }

    @Override
    public Optional<Stored> remove(String teamId, String kind) {
        Optional<Stored> existing = ofTeam(teamId).stream().filter(w -> w.kind().equals(kind)).findFirst();
        existing.ifPresent(w -> em.createNativeQuery("delete from team_webhook where id = ?").setParameter(1, w.id()).executeUpdate());
        return existing;
    }
}
