package dimple.infrastructure.coaching;

import dimple.application.coaching.TeamRoster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class JpaTeamRoster implements TeamRoster {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaTeamRoster() {
    }

    public JpaTeamRoster(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<String> accountIdsOf(Collection<String> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct a.id from Account a join a.memberOf t where t in :teams", String.class)
                .setParameter("teams", teamIds).getResultList();
    }
}
