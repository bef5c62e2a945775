package dimple.domain.review;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which action items to list: those owned by {@code ownerAccountId} (null for anyone's) of the teams in
 * {@code teamIds} (empty for any team) — at least one of the two is given. {@code openOnly} leaves out
 * done and dropped items; {@code overdueOn} keeps only open items due before that day.
 */
public record ActionQuery(String ownerAccountId, Set<String> teamIds, boolean openOnly, LocalDate overdueOn) {
    public ActionQuery {
        teamIds = Set.copyOf(teamIds);
        if (ownerAccountId == null && teamIds.isEmpty()) {
            throw new IllegalArgumentException("an action list needs an owner or a team");
        }
    }

    public static ActionQuery ownedBy(String accountId) {
        return new ActionQuery(accountId, Set.of(), false, null);
    }

    public static ActionQuery ofTeams(Set<String> teamIds) {
        return new ActionQuery(null, teamIds, false, null);
    }

    public ActionQuery overdue(LocalDate today) {
        return new ActionQuery(ownerAccountId, teamIds, true, today);
    }
}
