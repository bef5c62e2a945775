package dimple.domain.reporting;

/**
 * Whether leaders of the team see who filed a report. A confidential reporter's identity is known to
 * the reporter alone: leaders reach them only through the report's follow-up questions.
 */
public enum ReporterMode {
    NAMED, CONFIDENTIAL
}
