package dimple.domain.identity;

/**
 * Every permission Dimple checks, as {@code context:action}. Services name these constants; roles map
 * to them in {@link Role}, the one place where that mapping lives.
 */
public final class Permission {
    /** Use Dimple at all: see the dashboard and one's own profile. */
    public static final String SELF_USE = "self:use";
    /**
     * Look after one's own sign-in: change the password, see and end one's own sessions. Every role holds it,
     * and it is all an account holds while its password is a one-time password from an administrator.
     */
    public static final String ACCOUNT_OWN = "account:own";
    public static final String ACCOUNT_MANAGE = "account:manage";
    public static final String TEAM_MANAGE = "team:manage";
    public static final String AUDIT_READ = "audit:read";
    /** Switch the organisation's settings on or off (such as "a second leader approves reviews"). */
    public static final String SETTINGS_MANAGE = "settings:manage";
    /**
     * Have the running application write an online backup of its embedded database into the server's backup
     * folder. The file stays on the server: the administrator starts the backup, never reads what is in it.
     */
    public static final String BACKUP_TAKE = "backup:take";

    /** File a mistake report (named or confidential) in a team one belongs to. */
    public static final String REPORT_SUBMIT = "report:submit";
    /** See one's own reports, answer their follow-up questions and withdraw them before triage. */
    public static final String REPORT_READ_OWN = "report:read-own";
    /** See the reports of the teams one leads (never a confidential reporter's identity). */
    public static final String REPORT_READ_TEAM = "report:read-team";
    /** Ask the reporter of a team's report a follow-up question. */
    public static final String REPORT_ASK = "report:ask";
    /** See recovery cases (one's own reports' and, for leaders, their teams') and what is due. */
    public static final String RECOVERY_READ = "recovery:read";
    /** Record apology, remedy, follow-up and closing on a recovery case one may see. */
    public static final String RECOVERY_RECORD = "recovery:record";
    /** See the register of rules bent for customers in the teams one leads. */
    public static final String BENTRULE_READ = "bentrule:read";
    /** Decide to keep, change or retire a rule people bent for customers. */
    public static final String BENTRULE_DECIDE = "bentrule:decide";

    /**
     * Define the custom fields a team asks on its reports: administrators for any team, leaders for the teams they
     * lead (the service checks which team).
     */
    public static final String FIELD_DEFINE = "field:define";
    /** Keep the letter templates a recovery case's apology or follow-up is drafted from (administrators). */
    public static final String LETTER_DEFINE = "letter:define";
    /**
     * Name and describe the report kinds and customer-impact levels for people, and say which kinds need a recovery
     * case (administrators). Reading those words needs nothing more than {@link #SELF_USE}.
     */
    public static final String CATEGORY_DEFINE = "category:define";

    /**
     * Set how long each kind of record is kept and see what the next retention sweep will remove, as counts only
     * (administrators; docs/adr/0052).
     */
    public static final String RETENTION_DEFINE = "retention:define";

    /** Triage a report of a team one leads: noted, into a review, or a duplicate. */
    public static final String REPORT_TRIAGE = "report:triage";
    /** Read the reviews one may see: of the teams one leads, or as their facilitator or a participant. */
    public static final String REVIEW_READ = "review:read";
    /** Change a review (texts, people, timeline, factors, actions) as a leader of its team or as its facilitator. */
    public static final String REVIEW_EDIT = "review:edit";
    /** Move a review of a team one leads through its states, publishing it as a lesson at the end. */
    public static final String REVIEW_PUBLISH = "review:publish";
    /** See one's own action items and move them on (in progress, done, not doing). */
    public static final String ACTION_UPDATE_OWN = "action:update-own";
    /** See and move on the action items of the teams one leads. */
    public static final String ACTION_READ_TEAM = "action:read-team";

    /** Read the lessons board, search lessons, read a lesson and its scenario cards. */
    public static final String LESSON_READ = "lesson:read";
    /** Endorse a lesson: "applies to my team", "I applied this". */
    public static final String LESSON_ENDORSE = "lesson:endorse";
    /** Archive a lesson of a team one leads, or mark it superseded by another. */
    public static final String LESSON_CURATE = "lesson:curate";
    /** Write scenario cards from published lessons and log practice sessions (every leader: practice crosses teams). */
    public static final String SCENARIO_WRITE = "scenario:write";
    /** See learning-health insights of the teams one leads. */
    public static final String INSIGHT_TEAM = "insight:team";
    /** See learning-health insights of the whole organisation, aggregated only. */
    public static final String INSIGHT_ORGANISATION = "insight:organisation";
    /** Open a Just Culture assessment of a member of a team one leads, on a named report (restricted). */
    public static final String ASSESSMENT_RECORD = "assessment:record";
    /** Write, share and close coaching records for members of a team one leads. */
    public static final String COACHING_RECORD = "coaching:record";
    /**
     * Enter the accountability lane: see the coaching records and assessments one is part of (about
     * oneself once shared, or written by oneself for a team one leads). HR holds it to reach the lane too.
     */
    public static final String COACHING_READ_OWN = "coaching:read-own";
    /** Acknowledge or decline a coaching record about oneself, with a comment. */
    public static final String COACHING_ACKNOWLEDGE = "coaching:acknowledge";
    /** See every shared coaching record and every assessment (HR). */
    public static final String COACHING_READ_ALL = "coaching:read-all";
    /** Export coaching records as CSV, XLSX or PDF (HR). */
    public static final String COACHING_EXPORT = "coaching:export";

    private Permission() {
    }
}
