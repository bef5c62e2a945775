package dimple.application.coaching;

/**
 * Open an assessment of a person (by username) on a named report, with the reason, the answers to the
 * four tests and the behaviour and response the leader concludes (enumeration names).
 */
public record OpenAssessment(String reportId, String subject, String reason, Tests tests, String behaviour, String response) {
    /** The answers to the four tests; each is required. */
    public record Tests(Boolean deliberateHarm, Boolean health, Boolean foresight, Boolean substitution) {
    }
}
