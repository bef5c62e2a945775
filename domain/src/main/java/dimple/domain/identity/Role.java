package dimple.domain.identity;

import java.util.Set;

/** What a person does in the organisation. One person may hold several roles. */
public enum Role {
    EMPLOYEE(Set.of(Permission.SELF_USE, Permission.ACCOUNT_OWN, Permission.REPORT_SUBMIT, Permission.REPORT_READ_OWN,
            Permission.RECOVERY_READ, Permission.RECOVERY_RECORD,
            Permission.REVIEW_READ, Permission.REVIEW_EDIT, Permission.ACTION_UPDATE_OWN,
            Permission.LESSON_READ, Permission.LESSON_ENDORSE,
            Permission.COACHING_READ_OWN, Permission.COACHING_ACKNOWLEDGE)),
    LEADER(Set.of(Permission.SELF_USE, Permission.ACCOUNT_OWN, Permission.REPORT_SUBMIT, Permission.REPORT_READ_OWN,
            Permission.REPORT_READ_TEAM, Permission.REPORT_ASK, Permission.RECOVERY_READ, Permission.RECOVERY_RECORD,
            Permission.BENTRULE_READ, Permission.BENTRULE_DECIDE, Permission.FIELD_DEFINE,
            Permission.REPORT_TRIAGE, Permission.REVIEW_READ, Permission.REVIEW_EDIT, Permission.REVIEW_PUBLISH,
            Permission.ACTION_UPDATE_OWN, Permission.ACTION_READ_TEAM,
            Permission.LESSON_READ, Permission.LESSON_ENDORSE, Permission.LESSON_CURATE, Permission.SCENARIO_WRITE,
            Permission.INSIGHT_TEAM,
            Permission.ASSESSMENT_RECORD, Permission.COACHING_RECORD, Permission.COACHING_READ_OWN, Permission.COACHING_ACKNOWLEDGE)),
    /** HR reads coaching records and aggregated insights; never report narratives or confidential identities. */
    HR(Set.of(Permission.SELF_USE, Permission.ACCOUNT_OWN, Permission.LESSON_READ, Permission.LESSON_ENDORSE, Permission.INSIGHT_ORGANISATION,
            Permission.COACHING_READ_OWN, Permission.COACHING_READ_ALL, Permission.COACHING_EXPORT)),
    /** Administrators manage accounts and read the audit; they read no coaching record or assessment. */
    ADMIN(Set.of(Permission.SELF_USE, Permission.ACCOUNT_OWN, Permission.ACCOUNT_MANAGE, Permission.TEAM_MANAGE, Permission.AUDIT_READ,
            Permission.FIELD_DEFINE, Permission.LETTER_DEFINE, Permission.CATEGORY_DEFINE, Permission.RETENTION_DEFINE, Permission.SETTINGS_MANAGE, Permission.BACKUP_TAKE, Permission.LESSON_READ, Permission.LESSON_ENDORSE));

    private final Set<String> permissions;

    Role(Set<String> permissions) {
        this.permissions = permissions;
    }

    public Set<String> permissions() {
        return permissions;
    }
}
