package dimple.application.reporting;

import dimple.domain.reporting.BentRuleDecision;
import dimple.domain.reporting.BentRuleDecisionRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Bent-rule decisions in a list, one per team and rule key. */
public class InMemoryBentRuleDecisions implements BentRuleDecisionRepository {
    private final List<BentRuleDecision> all = new ArrayList<>();

    @Override
    public Optional<BentRuleDecision> find(String teamId, String ruleKey) {
        return all.stream().filter(d -> d.teamId().equals(teamId) && d.ruleKey().equals(ruleKey)).findFirst();
    }

    @Override
    public List<BentRuleDecision> forTeams(Collection<String> teamIds) {
        return all.stream().filter(d -> teamIds.contains(d.teamId())).toList();
    }

    @Override
    public void save(BentRuleDecision decision) {
        if (!all.contains(decision)) {
            all.add(decision);
        }
    }
}
