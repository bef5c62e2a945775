package dimple.application.reporting;

/**
 * How small a team may be before the report form warns that a confidential report from it is easy to
 * trace (DIMPLE_CONFIDENTIAL_MIN_TEAM_SIZE, default 5 people).
 */
public record ConfidentialityPolicy(int minTeamSize) {
    public static final ConfidentialityPolicy DEFAULT = new ConfidentialityPolicy(5);
}
