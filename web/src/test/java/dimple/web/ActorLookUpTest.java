package dimple.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who is asking is resolved once per request, in one place ({@code CurrentActor.lookUp}, docs/adr/0019):
 * no other code of the application turns the signed-in name into an account. Caught: a method (with the
 * lambdas written inside it) that both asks {@code CurrentUser} for the signed-in name and calls or
 * references {@code AccountRepository.findByUsername}. Not caught: the name handed from one method to
 * another first; looking up a person named in a command is not a violation. Runs against Dimple's code
 * (must pass) and against a broken fixture (must fail), like {@link ArchitectureTest}.
 */
class ActorLookUpTest {
    private static final String CURRENT_USER = "dimple.application.shared.CurrentUser";
    private static final String ACCOUNTS = "dimple.domain.identity.AccountRepository";
    private static final String THE_ONE_PLACE = "dimple.application.identity.CurrentActor";

    private static JavaClasses production;
    private static JavaClasses fixtures;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dimple");
        fixtures = new ClassFileImporter().importPackages("dimple.archfixture");
        assertThat(production.contain(THE_ONE_PLACE)).isTrue();
        assertThat(production.contain(CURRENT_USER)).isTrue();
        assertThat(production.contain(ACCOUNTS)).isTrue();
    }

    static ArchRule onlyTheActorLooksTheSignedInNameUp(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .and().doNotHaveFullyQualifiedName(THE_ONE_PLACE)
                .should(notLookUpTheSignedInName())
                .because("the signed-in person is resolved once per request, by CurrentActor (docs/adr/0019)");
    }

    private static ArchCondition<JavaClass> notLookUpTheSignedInName() {
        return new ArchCondition<>("not look the signed-in name up in the account repository") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Map<String, Set<String>> targetsByMethod = new TreeMap<>();
                for (JavaCodeUnit unit : item.getCodeUnits()) {
                    Set<String> targets = targetsByMethod.computeIfAbsent(writtenIn(unit), k -> new java.util.HashSet<>());
                    Stream.concat(unit.getMethodCallsFromSelf().stream(), unit.getMethodReferencesFromSelf().stream())
                            .map(JavaAccess::getTarget)
                            .map(ActorLookUpTest::name)
                            .forEach(targets::add);
                }
                targetsByMethod.forEach((method, targets) -> {
                    boolean asksWhoIsSignedIn = targets.contains(CURRENT_USER + ".require") || targets.contains(CURRENT_USER + ".username");
                    if (asksWhoIsSignedIn && targets.contains(ACCOUNTS + ".findByUsername")) {
                        events.add(SimpleConditionEvent.violated(item, item.getName() + "." + method
                                + " looks the signed-in name up itself; ask CurrentActor instead"));
                    }
                });
            }
        };
    }

    /** The method a code unit was written in: a lambda's body belongs to the method around it. */
    private static String writtenIn(JavaCodeUnit unit) {
        String name = unit.getName();
        if (name.startsWith("lambda$")) {
            String[] parts = name.split("\\$");
            return parts.length > 1 ? parts[1] : name;
        }
        return name;
    }

    private static String name(AccessTarget target) {
        return target.getOwner().getFullName() + "." + target.getName();
    }

    @Test
    void onlyCurrentActor_looksTheSignedInNameUp() {
        onlyTheActorLooksTheSignedInNameUp("dimple").check(production);
    }

    @Test
    void rule_catchesAFixtureThatLooksTheSignedInNameUpItself_plainlyAndByReference() {
        assertThat(onlyTheActorLooksTheSignedInNameUp("dimple.archfixture").evaluate(fixtures).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("SelfLookingService.me "))
                .anyMatch(line -> line.contains("SelfLookingService.meIfSignedIn "))
                .noneMatch(line -> line.contains("SelfLookingService.named "));
    }
}
