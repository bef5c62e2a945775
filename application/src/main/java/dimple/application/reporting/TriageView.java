package dimple.application.reporting;

import java.time.Instant;
import java.util.List;

/**
 * The triage of one report, as its reporter or a leader of its team sees it on the report page: the
 * outcome and note once it is triaged, and for leaders before that, what they can choose from.
 *
 * @param duplicateOfNumber the receipt number of the original, for a duplicate
 * @param reviewId the review the report went into; {@code reviewVisible} says whether the viewer may open it
 * @param mayTriage the viewer leads the report's team and the report waits for triage
 * @param originals reports of the team this one may duplicate (for leaders, while it waits)
 * @param openReviews open reviews of the team this one may join (for leaders, while it waits)
 * @param reportVersion the report's version, to send back as the expected version
 */
public record TriageView(String reportId, String reportNumber, String status, Instant triagedAt, String note, String duplicateOfId,
                         String duplicateOfNumber, String reviewId, boolean reviewVisible, boolean mayTriage, List<Option> originals,
                         List<Option> openReviews, long reportVersion) implements java.io.Serializable {
    /** One choice in a list: an id and what people read. */
    public record Option(String id, String label) implements java.io.Serializable {
    }

    public boolean triaged() {
        return triagedAt != null;
    }
}
