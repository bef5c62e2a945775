package dimple.domain.recovery;

import java.time.Instant;
import java.util.Set;

/**
 * Which unsettled cases to list: those of reports filed by {@code reporterAccountId} together with
 * those of the teams in {@code ledTeamIds}; optionally only of one team; with the follow-up due in
 * [dueFrom, dueBefore) (a null bound does not filter). Cases of withdrawn reports are left out.
 */
public record RecoveryQuery(String reporterAccountId, Set<String> ledTeamIds, String teamId, Instant dueFrom, Instant dueBefore) {
    public RecoveryQuery {
        ledTeamIds = Set.copyOf(ledTeamIds);
    }
}
