package dimple.application.identity;

/**
 * The organisation's settings as administrators see and change them.
 *
 * @param secondLeaderApprovesReviews a review is approved only once two different leaders of its team approved it
 */
public record OrganisationSettingsView(boolean secondLeaderApprovesReviews) implements java.io.Serializable {
}
