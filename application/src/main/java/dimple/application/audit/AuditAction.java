package dimple.application.audit;

/** The names of audited actions, as they appear in the audit view and its filter. */
public final class AuditAction {
    public static final String SIGNED_IN = "SIGNED_IN";
    public static final String SIGNED_OUT = "SIGNED_OUT";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_IN_REFUSED = "SIGN_IN_REFUSED";
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";
    public static final String ACCOUNT_CHANGED = "ACCOUNT_CHANGED";
    public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    public static final String ACCOUNT_ENABLED = "ACCOUNT_ENABLED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String TEAM_CREATED = "TEAM_CREATED";
    public static final String TEAM_RENAMED = "TEAM_RENAMED";
    public static final String FIRST_ADMIN_CREATED = "FIRST_ADMIN_CREATED";
    public static final String DEMO_DATA_SEEDED = "DEMO_DATA_SEEDED";
    public static final String ACCESS_REFUSED = "ACCESS_REFUSED";
    public static final String REPORT_SUBMITTED = "REPORT_SUBMITTED";
    public static final String REPORT_WITHDRAWN = "REPORT_WITHDRAWN";
    public static final String REPORT_QUESTION_ASKED = "REPORT_QUESTION_ASKED";
    public static final String REPORT_QUESTION_ANSWERED = "REPORT_QUESTION_ANSWERED";
    public static final String RECOVERY_STEP_RECORDED = "RECOVERY_STEP_RECORDED";
    public static final String BENT_RULE_DECIDED = "BENT_RULE_DECIDED";

    /** The actor recorded for what Dimple does by itself (start-up, scheduled jobs). */
    public static final String SYSTEM = "system";
    /**
     * The actor recorded for whatever the reporter of a confidential report does on it (submit,
     * withdraw, answer, record a recovery step): the trail keeps that it happened, never who did it.
     * See docs/adr/0007-confidential-reports-in-the-audit-trail.md.
     */
    public static final String CONFIDENTIAL_REPORTER = "confidential reporter";
    /** The actor recorded for a request nobody signed in to. */
    public static final String ANONYMOUS = "anonymous";

    private AuditAction() {
    }
}
