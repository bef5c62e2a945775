package dimple.application;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.audit.AuditService;
import dimple.application.audit.AuditTrail;
import dimple.application.bootstrap.DemoData;
import dimple.application.bootstrap.FirstRun;
import dimple.application.identity.AccountService;
import dimple.application.identity.SignInService;
import dimple.application.identity.SingleSignOnService;
import dimple.application.identity.TeamService;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Permission;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The permission check lives on the use cases: every public method of every {@code *Service} must name
 * the permissions it needs, so adding an unguarded one fails the build. Services used only inside the
 * application (sign-in, start-up, the audit writer) are exempt.
 */
class ServicesArePermissionGuardedTest {
    private static final Set<Class<?>> INTERNAL = Set.of(SignInService.class, SingleSignOnService.class, FirstRun.class, DemoData.class, AuditTrail.class);

    @Test
    void everyPublicServiceMethod_namesTheKnownPermissionsItNeeds() throws Exception {
        List<Class<?>> services = servicesInTheApplication();

        assertThat(services).contains(AccountService.class, TeamService.class, AuditService.class);
        assertThat(services.stream().flatMap(s -> unguardedMethods(s).stream())).isEmpty();
    }

    @Test
    void rule_catchesAnUnguardedMethodAndAMisspelledPermission() {
        assertThat(unguardedMethods(BrokenFixtureService.class)).containsExactlyInAnyOrder(
                "BrokenFixtureService.forgotten: no @RequiresPermissions",
                "BrokenFixtureService.misspelled: unknown permission acount:manage",
                "BrokenFixtureService.namesNothing: names no permission");
    }

    /** Deliberately broken, to prove the rule above can fail. */
    static class BrokenFixtureService {
        @RequiresPermissions(Permission.ACCOUNT_MANAGE)
        public void guarded() {
        }

        public void forgotten() {
        }

        @RequiresPermissions("acount:manage")
        public void misspelled() {
        }

        @RequiresPermissions
        public void namesNothing() {
        }

        void packagePrivateIsNotACallableUseCase() {
        }
    }

    static List<String> unguardedMethods(Class<?> service) {
        Set<String> known = knownPermissions();
        List<String> problems = new ArrayList<>();
        for (Method method : service.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || method.isBridge()) {
                continue;
            }
            String name = service.getSimpleName() + "." + method.getName();
            RequiresPermissions onMethod = method.getAnnotation(RequiresPermissions.class);
            RequiresPermissions guard = onMethod != null ? onMethod : service.getAnnotation(RequiresPermissions.class);
            if (guard == null) {
                problems.add(name + ": no @RequiresPermissions");
            } else if (guard.value().length == 0) {
                problems.add(name + ": names no permission");
            } else {
                Arrays.stream(guard.value()).filter(p -> !known.contains(p)).forEach(p -> problems.add(name + ": unknown permission " + p));
            }
        }
        return problems;
    }

    private static Set<String> knownPermissions() {
        return Arrays.stream(Permission.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(ServicesArePermissionGuardedTest::constant)
                .collect(Collectors.toSet());
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every class named {@code *Service} in the application's compiled main classes, except the internal ones. */
    private static List<Class<?>> servicesInTheApplication() throws IOException, URISyntaxException {
        Path location = Path.of(AccountService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return servicesUnder(location);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
            return servicesUnder(jar.getPath("/"));
        }
    }

    private static List<Class<?>> servicesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("dimple/application"))) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(p -> p.endsWith("Service.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .map(ServicesArePermissionGuardedTest::load)
                    .filter(type -> !INTERNAL.contains(type))
                    .toList();
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
