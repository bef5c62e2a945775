package dimple.domain.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.identity.Permission;
import dimple.domain.identity.Role;
import org.junit.jupiter.api.Test;

/** Who may enter the restricted accountability lane, as mapped in {@link Role}. */
class CoachingPermissionsTest {
    @Test
    void leaders_assessAndRecordCoaching_andReadWhatTheyWrote() {
        assertThat(Role.LEADER.permissions()).contains(Permission.ASSESSMENT_RECORD, Permission.COACHING_RECORD,
                Permission.COACHING_READ_OWN, Permission.COACHING_ACKNOWLEDGE);
        assertThat(Role.LEADER.permissions()).doesNotContain(Permission.COACHING_READ_ALL, Permission.COACHING_EXPORT);
    }

    @Test
    void employees_readAndAnswerTheirOwnRecordsOnly() {
        assertThat(Role.EMPLOYEE.permissions()).contains(Permission.COACHING_READ_OWN, Permission.COACHING_ACKNOWLEDGE);
        assertThat(Role.EMPLOYEE.permissions()).doesNotContain(Permission.ASSESSMENT_RECORD, Permission.COACHING_RECORD,
                Permission.COACHING_READ_ALL, Permission.COACHING_EXPORT);
    }

    @Test
    void hr_readsEverySharedRecordAndIsTheOnlyRoleThatExports() {
        assertThat(Role.HR.permissions()).contains(Permission.COACHING_READ_OWN, Permission.COACHING_READ_ALL, Permission.COACHING_EXPORT);
        for (Role role : Role.values()) {
            assertThat(role.permissions().contains(Permission.COACHING_EXPORT)).as(role.name()).isEqualTo(role == Role.HR);
        }
    }

    @Test
    void admins_holdNoCoachingPermissionAtAll() {
        assertThat(Role.ADMIN.permissions()).noneMatch(p -> p.startsWith("coaching:") || p.startsWith("assessment:"));
    }
}
