package dimple.domain.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where leaders' decisions about bent rules are kept. */
public interface BentRuleDecisionRepository {
    Optional<BentRuleDecision> find(String teamId, String ruleKey);

    List<BentRuleDecision> forTeams(Collection<String> teamIds);

    void save(BentRuleDecision decision);
}
