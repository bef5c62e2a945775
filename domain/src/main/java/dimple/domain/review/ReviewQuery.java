package dimple.domain.review;

import java.util.Set;

/**
 * Which reviews to list: those of the teams in {@code ledTeamIds} together with those where
 * {@code personAccountId} is facilitator or participant (null for none); optionally only of one team
 * and of some states (empty for all).
 */
public record ReviewQuery(String personAccountId, Set<String> ledTeamIds, String teamId, Set<ReviewStatus> statuses) {
    public ReviewQuery {
        ledTeamIds = Set.copyOf(ledTeamIds);
        statuses = Set.copyOf(statuses);
    }

    /** Reviews of these teams that are not published yet: the ones a related report can join. */
    public static ReviewQuery openIn(Set<String> teamIds) {
        return new ReviewQuery(null, teamIds, null, Set.of(ReviewStatus.DRAFTING, ReviewStatus.IN_REVIEW, ReviewStatus.APPROVED));
    }
}
