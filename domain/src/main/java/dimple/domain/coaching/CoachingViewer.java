package dimple.domain.coaching;

import java.util.Objects;
import java.util.Set;

/**
 * Who is looking at the accountability lane: their account, the teams they lead now, and whether they
 * may read every shared record (HR). Visibility rules of assessments and coaching records are written
 * against this, once, so that pages, API, lists and exports cannot drift apart.
 */
public record CoachingViewer(String accountId, Set<String> ledTeamIds, boolean readsAll) {
    public CoachingViewer {
        Objects.requireNonNull(accountId);
        ledTeamIds = ledTeamIds == null ? Set.of() : Set.copyOf(ledTeamIds);
    }

    /** Is this viewer the author (assessor or coach) and still a leader of the team it was written for? */
    boolean isLeadingAuthor(String authorAccountId, String teamId) {
        return accountId.equals(authorAccountId) && ledTeamIds.contains(teamId);
    }
}
