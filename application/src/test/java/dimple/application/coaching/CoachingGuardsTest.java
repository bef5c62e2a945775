package dimple.application.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.shared.AccessRefused;
import dimple.application.shared.NotSignedIn;
import dimple.application.shared.RequiresPermissions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who gets past the permission check of each use case of the lane (the check the interceptor runs). */
class CoachingGuardsTest {
    private static final List<Class<?>> SERVICES = List.of(AssessmentService.class, CoachingService.class, CoachingExportService.class);
    private final CoachingFixture lane = new CoachingFixture();

    private static List<Method> useCases() {
        return SERVICES.stream().flatMap(s -> Arrays.stream(s.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()).toList();
    }

    @Test
    void everyUseCase_needsACoachingPermission() {
        assertThat(useCases()).hasSizeGreaterThan(10).allSatisfy(m -> assertThat(m.getAnnotation(RequiresPermissions.class).value())
                .allMatch(p -> p.startsWith("coaching:") || p.startsWith("assessment:")));
    }

    @Test
    void anAdmin_isRefusedByEveryUseCase_with403() {
        lane.as("admin");

        for (Method m : useCases()) {
            assertThatThrownBy(() -> lane.guardOf(m.getDeclaringClass(), m.getName())).as(m.getName()).isInstanceOf(AccessRefused.class);
        }
    }

    @Test
    void nobodySignedIn_isAskedToSignIn() {
        for (Method m : useCases()) {
            assertThatThrownBy(() -> lane.guardOf(m.getDeclaringClass(), m.getName())).as(m.getName()).isInstanceOf(NotSignedIn.class);
        }
    }

    @Test
    void anEmployee_mayReadAndAnswerOwnRecords_butNotAssessRecordOrExport() {
        lane.as("emma");

        lane.guardOf(CoachingService.class, "find");
        lane.guardOf(CoachingService.class, "list");
        lane.guardOf(CoachingService.class, "respond");
        lane.guardOf(AssessmentService.class, "find");
        for (String refused : List.of("draft", "share", "close", "revise", "people", "teamNames")) {
            assertThatThrownBy(() -> lane.guardOf(CoachingService.class, refused)).as(refused).isInstanceOf(AccessRefused.class);
        }
        assertThatThrownBy(() -> lane.guardOf(AssessmentService.class, "open")).isInstanceOf(AccessRefused.class);
    }

    @Test
    void aLeader_mayAssessAndCoach() {
        lane.as("lena");

        for (String allowed : List.of("draft", "share", "close", "revise", "people", "find", "list", "respond")) {
            lane.guardOf(CoachingService.class, allowed);
        }
        lane.guardOf(AssessmentService.class, "open");
        lane.guardOf(AssessmentService.class, "options");
    }
}
