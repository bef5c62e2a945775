package dimple.application.review;

import java.util.List;

/**
 * Change a review (API: PATCH). A null field stays as it is; an empty text empties the field (the
 * title cannot be emptied). {@code facilitator} and {@code participants} are usernames (an empty
 * facilitator removes them; a list replaces the participants); {@code tags} replaces the tags.
 *
 * @param expectedVersion the version the caller edited (If-Match), or null not to check
 */
public record EditReview(String reviewId, String title, String summary, String takeaway, String whatHappened, String why,
                         String howFixed, String wentWell, String wentWrong, String gotLucky, String noActionReason, String facilitator,
                         List<String> participants, List<String> tags, Long expectedVersion) {
}
