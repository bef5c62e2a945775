package dimple.infrastructure.reporting;

import dimple.domain.reporting.BentRuleDecision;
import dimple.domain.reporting.BentRuleDecisionRepository;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaBentRuleDecisionRepository implements BentRuleDecisionRepository {
    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaBentRuleDecisionRepository() {
    }

    public JpaBentRuleDecisionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<BentRuleDecision> find(String teamId, String ruleKey) {
        return Queries.single(em.createQuery("select d from BentRuleDecision d where d.teamId = :t and d.ruleKey = :k", BentRuleDecision.class)
                .setParameter("t", teamId).setParameter("k", ruleKey));
    }

    @Override
    public List<BentRuleDecision> forTeams(Collection<String> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from BentRuleDecision d where d.teamId in :t", BentRuleDecision.class)
                .setParameter("t", teamIds).getResultList();
    }

    @Override
    public void save(BentRuleDecision decision) {
        Queries.save(em, decision);
    }
}
