package dimple.application.audit;

/** The names of audited actions, as they appear in the audit view and its filter. */
public final class AuditAction {
    public static final String SIGNED_IN = "SIGNED_IN";
    public static final String SIGNED_OUT = "SIGNED_OUT";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_IN_REFUSED = "SIGN_IN_REFUSED";
    /** Failed sign-ins from one address (for one username, or for any) started a wait. */
    public static final String SIGN_IN_DELAYED = "SIGN_IN_DELAYED";
    public static final String SIGN_IN_DELAY_CLEARED = "SIGN_IN_DELAY_CLEARED";
    /** Sessions of a person were ended from elsewhere: their own list, a password change, an administrator. */
    public static final String SESSIONS_ENDED = "SESSIONS_ENDED";
    public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";
    public static final String ACCOUNT_CHANGED = "ACCOUNT_CHANGED";
    public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    public static final String ACCOUNT_ENABLED = "ACCOUNT_ENABLED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String TEAM_CREATED = "TEAM_CREATED";
    public static final String TEAM_RENAMED = "TEAM_RENAMED";
    /** An administrator switched one of the organisation's settings on or off. */
    public static final String SETTING_CHANGED = "SETTING_CHANGED";
    /** An administrator had the running application write an online backup of its embedded database. */
    public static final String BACKUP_TAKEN = "BACKUP_TAKEN";
    public static final String FIRST_ADMIN_CREATED = "FIRST_ADMIN_CREATED";
    public static final String DEMO_DATA_SEEDED = "DEMO_DATA_SEEDED";
    public static final String ACCESS_REFUSED = "ACCESS_REFUSED";
    public static final String REPORT_SUBMITTED = "REPORT_SUBMITTED";
    public static final String REPORT_WITHDRAWN = "REPORT_WITHDRAWN";
    public static final String REPORT_QUESTION_ASKED = "REPORT_QUESTION_ASKED";
    public static final String REPORT_QUESTION_ANSWERED = "REPORT_QUESTION_ANSWERED";
    public static final String RECOVERY_STEP_RECORDED = "RECOVERY_STEP_RECORDED";
    public static final String BENT_RULE_DECIDED = "BENT_RULE_DECIDED";
    /** A custom field of a team was defined, changed, moved or removed (the target is the team). */
    public static final String CUSTOM_FIELD_CHANGED = "CUSTOM_FIELD_CHANGED";
    public static final String LETTER_TEMPLATE_CHANGED = "LETTER_TEMPLATE_CHANGED";
    /** An administrator changed the names, descriptions or recovery-case need of report kinds or impact levels (the detail the keys). */
    public static final String CATEGORY_CHANGED = "CATEGORY_CHANGED";
    /** A leader downloaded the reports of a team inbox as CSV (the target is the file; the detail the filter and rows). */
    public static final String REPORTS_EXPORTED = "REPORTS_EXPORTED";
    public static final String REPORT_TRIAGED = "REPORT_TRIAGED";
    public static final String REVIEW_CHANGED = "REVIEW_CHANGED";
    public static final String REVIEW_MOVED = "REVIEW_MOVED";
    public static final String REVIEW_PUBLISHED = "REVIEW_PUBLISHED";
    /**
     * Publishing a review was refused because its lesson would show what looks like personal data; the
     * detail counts what was found by kind, never the text found.
     */
    public static final String REVIEW_PUBLISH_REFUSED = "REVIEW_PUBLISH_REFUSED";
    public static final String ACTION_PLANNED = "ACTION_PLANNED";
    public static final String ACTION_MOVED = "ACTION_MOVED";
    // Accountability lane: every change, every read of a restricted record, every export, every retention sweep.
    public static final String ASSESSMENT_RECORDED = "ASSESSMENT_RECORDED";
    public static final String ASSESSMENT_READ = "ASSESSMENT_READ";
    public static final String ASSESSMENTS_LISTED = "ASSESSMENTS_LISTED";
    public static final String COACHING_RECORD_DRAFTED = "COACHING_RECORD_DRAFTED";
    public static final String COACHING_RECORD_REVISED = "COACHING_RECORD_REVISED";
    public static final String COACHING_RECORD_SHARED = "COACHING_RECORD_SHARED";
    public static final String COACHING_RECORD_ACKNOWLEDGED = "COACHING_RECORD_ACKNOWLEDGED";
    public static final String COACHING_RECORD_DECLINED = "COACHING_RECORD_DECLINED";
    public static final String COACHING_RECORD_CLOSED = "COACHING_RECORD_CLOSED";
    public static final String COACHING_RECORD_READ = "COACHING_RECORD_READ";
    public static final String COACHING_RECORDS_LISTED = "COACHING_RECORDS_LISTED";
    public static final String COACHING_RECORDS_EXPORTED = "COACHING_RECORDS_EXPORTED";
    public static final String COACHING_RETENTION_SWEPT = "COACHING_RETENTION_SWEPT";
    /** An administrator set or cleared how long a kind of record is kept (docs/adr/0052). */
    public static final String RETENTION_PERIOD_CHANGED = "RETENTION_PERIOD_CHANGED";
    /** The daily retention sweep deleted or anonymised one kind of record: counts only, one line per kind and run. */
    public static final String RETENTION_SWEPT = "RETENTION_SWEPT";
    /** A leader placed or lifted a legal hold on a report (and so its recovery cases). */
    public static final String LEGAL_HOLD_PLACED = "LEGAL_HOLD_PLACED";
    public static final String LEGAL_HOLD_LIFTED = "LEGAL_HOLD_LIFTED";
    public static final String COACHING_LEGAL_HOLD_PLACED = "COACHING_LEGAL_HOLD_PLACED";
    public static final String COACHING_LEGAL_HOLD_LIFTED = "COACHING_LEGAL_HOLD_LIFTED";
    /** A leader took a lesson off the board (it stays readable). */
    public static final String LESSON_ARCHIVED = "LESSON_ARCHIVED";
    /** A leader marked a lesson superseded by a newer one. */
    public static final String LESSON_SUPERSEDED = "LESSON_SUPERSEDED";
    /** A leader wrote a scenario card from a lesson. */
    public static final String SCENARIO_WRITTEN = "SCENARIO_WRITTEN";
    /** A practice session with a scenario card was logged. */
    public static final String PRACTICE_LOGGED = "PRACTICE_LOGGED";

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
