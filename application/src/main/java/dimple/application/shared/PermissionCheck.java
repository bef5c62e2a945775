package dimple.application.shared;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/** Enforces {@link RequiresPermissions} on every service method that carries it (or whose class does). */
@RequiresPermissions
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PermissionCheck {
    private final CurrentUser currentUser;

    @Inject
    public PermissionCheck(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        verify(currentUser, required(invocation.getMethod()));
        return invocation.proceed();
    }

    static String[] required(Method method) {
        RequiresPermissions onMethod = method.getAnnotation(RequiresPermissions.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        RequiresPermissions onClass = method.getDeclaringClass().getAnnotation(RequiresPermissions.class);
        return onClass == null ? new String[0] : onClass.value();
    }

    /** Refuses unless the current user is signed in and holds every permission. */
    public static void verify(CurrentUser currentUser, String... permissions) {
        currentUser.require();
        for (String permission : permissions) {
            if (!currentUser.isPermitted(permission)) {
                throw new AccessRefused();
            }
        }
    }
}
