package dimple.application.reporting;

import dimple.domain.identity.Account;
import java.util.List;

/**
 * What triage needs to know of a team's reviews; the review context answers (reporting never reads a
 * review itself, so the review context may depend on reporting and not the other way round).
 */
public interface ReviewsForTriage {
    /** The team's reviews still open for more reports, most recently changed first, at most {@code limit}, as "title (STATE)". */
    List<TriageView.Option> openIn(String teamId, int limit);

    /** Whether the review exists, belongs to the team and is still open for more reports. */
    boolean isOpenIn(String reviewId, String teamId);

    /** Whether the review exists and this person may read it. */
    boolean isVisibleTo(String reviewId, Account viewer);
}
