package dimple.infrastructure.identity;

import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTeamRepository implements TeamRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaTeamRepository() {
    }

    public JpaTeamRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Team> findById(String id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    @Override
    public Optional<Team> findByName(String name) {
        return Queries.single(em.createQuery("select t from Team t where lower(t.name) = lower(:n)", Team.class).setParameter("n", name));
    }

    @Override
    public List<Team> findByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from Team t where t.id in :ids order by t.name", Team.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Team> findAll() {
        return em.createQuery("select t from Team t order by t.name", Team.class).getResultList();
    }

    @Override
    public void save(Team team) {
        Queries.save(em, team);
    }
}
