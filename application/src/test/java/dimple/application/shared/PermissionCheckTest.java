package dimple.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.identity.Permission;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PermissionCheckTest {
    private final FakeCurrentUser currentUser = FakeCurrentUser.anonymous();
    private final PermissionCheck interceptor = new PermissionCheck(currentUser);

    /** A use case shaped like the real ones, to point the interceptor at. */
    static class Guarded {
        @RequiresPermissions(Permission.ACCOUNT_MANAGE)
        public String manageAccounts() {
            return "managed";
        }

        @RequiresPermissions({Permission.ACCOUNT_MANAGE, Permission.AUDIT_READ})
        public String manageAndRead() {
            return "both";
        }

        @RequiresPermissions
        public String anyoneSignedIn() {
            return "signed in";
        }
    }

    @RequiresPermissions(Permission.TEAM_MANAGE)
    static class GuardedAsAWhole {
        public String renameTeam() {
            return "renamed";
        }

        @RequiresPermissions(Permission.SELF_USE)
        public String listTeams() {
            return "listed";
        }
    }

    static class Unguarded {
        public String anything() {
            return "anything";
        }
    }

    /** Just enough of an interception to call the interceptor with, recording whether the use case ran. */
    static class Invocation implements InvocationContext {
        private final Method method;
        private boolean proceeded;

        Invocation(Class<?> type, String methodName) throws NoSuchMethodException {
            this.method = type.getMethod(methodName);
        }

        @Override
        public Object proceed() throws Exception {
            proceeded = true;
            return method.invoke(method.getDeclaringClass().getDeclaredConstructor().newInstance());
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Object getTarget() {
            return null;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> getContextData() {
            return new HashMap<>();
        }
    }

    @Test
    void check_personWithThePermission_getsTheUseCasesAnswer() throws Exception {
        currentUser.signedInAs("ada", Permission.ACCOUNT_MANAGE);
        Invocation invocation = new Invocation(Guarded.class, "manageAccounts");

        assertThat(interceptor.check(invocation)).isEqualTo("managed");
        assertThat(invocation.proceeded).isTrue();
    }

    @Test
    void check_personWithoutThePermission_isRefusedBeforeTheUseCaseRuns() throws Exception {
        currentUser.signedInAs("emma", Permission.SELF_USE);
        Invocation invocation = new Invocation(Guarded.class, "manageAccounts");

        assertThatThrownBy(() -> interceptor.check(invocation)).isInstanceOf(AccessRefused.class).hasMessage(AccessRefused.CODE);
        assertThat(invocation.proceeded).isFalse();
    }

    @Test
    void check_nobodySignedIn_isAskedToSignInEvenWhereNoPermissionIsNamed() throws Exception {
        Invocation invocation = new Invocation(Guarded.class, "anyoneSignedIn");

        assertThatThrownBy(() -> interceptor.check(invocation)).isInstanceOf(NotSignedIn.class);
        assertThat(invocation.proceeded).isFalse();

        currentUser.signedInAs("emma");
        assertThat(interceptor.check(invocation)).isEqualTo("signed in");
    }

    @Test
    void check_everyListedPermissionIsNeeded() throws Exception {
        currentUser.signedInAs("ada", Permission.ACCOUNT_MANAGE);

        assertThatThrownBy(() -> interceptor.check(new Invocation(Guarded.class, "manageAndRead"))).isInstanceOf(AccessRefused.class);

        currentUser.signedInAs("ada", Permission.ACCOUNT_MANAGE, Permission.AUDIT_READ);
        assertThat(interceptor.check(new Invocation(Guarded.class, "manageAndRead"))).isEqualTo("both");
    }

    @Test
    void check_permissionOnTheClass_guardsItsMethods() throws Exception {
        currentUser.signedInAs("emma", Permission.SELF_USE);

        assertThatThrownBy(() -> interceptor.check(new Invocation(GuardedAsAWhole.class, "renameTeam"))).isInstanceOf(AccessRefused.class);
        assertThat(interceptor.check(new Invocation(GuardedAsAWhole.class, "listTeams"))).isEqualTo("listed");
    }

    @Test
    void required_methodAnnotationWinsOverTheClassAndNoAnnotationRequiresNothing() throws Exception {
        assertThat(PermissionCheck.required(Guarded.class.getMethod("manageAndRead")))
                .containsExactly(Permission.ACCOUNT_MANAGE, Permission.AUDIT_READ);
        assertThat(PermissionCheck.required(GuardedAsAWhole.class.getMethod("renameTeam"))).containsExactly(Permission.TEAM_MANAGE);
        assertThat(PermissionCheck.required(GuardedAsAWhole.class.getMethod("listTeams"))).containsExactly(Permission.SELF_USE);
        assertThat(PermissionCheck.required(Unguarded.class.getMethod("anything"))).isEmpty();
    }

    @Test
    void verify_anonymous_isNotSignedIn() {
        assertThatThrownBy(() -> PermissionCheck.verify(currentUser, Permission.SELF_USE)).isInstanceOf(NotSignedIn.class);
    }

    @Test
    void verify_signedInWithEveryPermission_passes() {
        currentUser.signedInAs("ada", Permission.SELF_USE, Permission.AUDIT_READ);

        assertThatCode(() -> PermissionCheck.verify(currentUser, Permission.SELF_USE, Permission.AUDIT_READ)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PermissionCheck.verify(currentUser, Permission.AUDIT_READ, Permission.TEAM_MANAGE))
                .isInstanceOf(AccessRefused.class);
    }
}
