package dimple.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of STYLE.md. Each rule is written once, as a function of the packages it
 * guards, and run twice: against Dimple's code (must pass) and against a deliberately broken fixture
 * under {@code dimple.archfixture} (must fail), so a rule that silently checks nothing is noticed.
 */
class ArchitectureTest {
    private static JavaClasses production;
    private static JavaClasses fixtures;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dimple");
        fixtures = new ClassFileImporter().importPackages("dimple.archfixture");
        assertThat(production.contain("dimple.domain.identity.Account")).isTrue();
        assertThat(production.contain("dimple.infrastructure.identity.DimpleRealm")).isTrue();
        assertThat(production.contain("dimple.web.identity.IdentityResource")).isTrue();
    }

    // --- the rules, parameterised by the root package they guard ---

    /** domain: pure Java plus JPA mapping annotations; nothing of CDI, Bean Validation, Shiro or the EntityManager. */
    static ArchRule domainIsPure(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.persistence..", root + ".domain..")
                .andShould(noEntityManager())
                .because("the domain is plain Java with JPA mapping annotations only (STYLE.md)");
    }

    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass> noEntityManager() {
        return com.tngtech.archunit.lang.conditions.ArchConditions.not(
                com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("jakarta.persistence..")
                                .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("EntityManager")
                                        .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("EntityManagerFactory")))));
    }

    /** application: no web, no infrastructure, no Shiro, no JDBC, no EntityManager; it sees the user through a port. */
    static ArchRule applicationUsesPortsOnly(String root) {
        return noClasses().that().resideInAPackage(root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".web..", root + ".infrastructure..",
                        "org.apache.shiro..", "java.sql..", "javax.sql..", "org.eclipse.persistence..", "org.flywaydb..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("use cases reach the outside world only through ports (STYLE.md)");
    }

    /**
     * web: speaks commands and views; never domain classes, infrastructure, Shiro or the EntityManager. The
     * one exception is the domain's {@code Message} (a code and its arguments), which the web tier renders
     * into words (ADR 20).
     */
    static ArchRule webSpeaksCommandsAndViews(String root) {
        return noClasses().that().resideInAPackage(root + ".web..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(root + ".domain..",
                                root + ".infrastructure..", "org.apache.shiro..", "java.sql..", "javax.sql..", "jakarta.persistence..",
                                "org.eclipse.persistence..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.properties.HasName.Predicates.name(root + ".domain.shared.Message"))))
                .because("pages and resources call application services with commands and views (STYLE.md)");
    }

    /** Nothing depends on web; only web (at runtime) and nothing else depends on infrastructure. */
    static ArchRule nothingDependsOnTheOuterLayers(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..", root + ".infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".web..")
                .orShould(dependOnInfrastructureUnlessInside(root))
                .because("dependencies point inward: web -> application -> domain <- infrastructure");
    }

    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass> dependOnInfrastructureUnlessInside(String root) {
        return new com.tngtech.archunit.lang.ArchCondition<>("depend on infrastructure from outside it") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                if (item.getPackageName().startsWith(root + ".infrastructure")) {
                    return;
                }
                item.getDirectDependenciesFromSelf().stream()
                        .filter(d -> d.getTargetClass().getPackageName().startsWith(root + ".infrastructure"))
                        .forEach(d -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }

    /** Use cases are classes named *Service, never interfaces, *Impl or Default*; screen beans carry no Bean suffix. */
    static ArchRule namesSayWhatThingsAre(String root) {
        return noClasses().that().resideInAnyPackage(root + "..")
                .should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameStartingWith("Default")
                .orShould().haveSimpleNameEndingWith("Bean")
                .because("names say what a thing is in the language of the domain (STYLE.md)");
    }

    /**
     * No two contexts depend on each other in a cycle, whichever modules the dependencies cross: classes
     * are grouped by context across domain, application, infrastructure and web ({@code root.*.(context)..}),
     * so {@code application.review} and {@code domain.review} are one slice. Not contexts, and so in no
     * slice: {@code shared} (building blocks every context may use) and {@code bootstrap} (start-up,
     * schedules and demo seeding, which wire every context). Domain events are how contexts talk: a
     * context may listen to any other's events, and as events carry plain values only
     * ({@link #eventsArePlainValues}), listening ties it to nothing else of the other context; so a
     * dependency on an event is not counted here.
     */
    static ArchRule contextsHaveNoCycles(String root) {
        return slices().assignedFrom(contextsAcrossModules(root)).should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), partOfADomainEvent(root));
    }

    private static final Set<String> NOT_CONTEXTS = Set.of("shared", "bootstrap");

    private static SliceAssignment contextsAcrossModules(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String name = c.getPackageName();
                if (!name.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                String[] parts = name.substring(root.length() + 1).split("\\.");
                if (parts.length < 2 || NOT_CONTEXTS.contains(parts[1])) {
                    return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of("context " + parts[1]);
            }

            @Override
            public String getDescription() {
                return "contexts of " + root + " across modules";
            }
        };
    }

    /** A class implementing {@code root.domain.shared.DomainEvent}, or a class nested in one (a value it carries). */
    private static DescribedPredicate<JavaClass> partOfADomainEvent(String root) {
        String event = root + ".domain.shared.DomainEvent";
        return DescribedPredicate.describe("part of a domain event", c -> c.isAssignableTo(event)
                || c.getEnclosingClass().map(outer -> outer.isAssignableTo(event)).orElse(false));
    }

    /**
     * Domain events are the language contexts talk in: plain values (text, numbers, times, lists of those
     * and records of their own), never an aggregate, an enumeration or anything else of a context, so a
     * listener learns nothing it could come to depend on.
     */
    static ArchRule eventsArePlainValues(String root) {
        return classes().that(partOfADomainEvent(root))
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java.lang..", "java.time..", "java.util..", root + ".domain.shared..")
                        .or(partOfADomainEvent(root)))
                .because("a context listens to another's events without depending on anything else of it (docs/adr/0017)");
    }

    /**
     * The firewall of DESIGN.md: the accountability lane (every {@code coaching} package) is restricted,
     * so nothing outside it depends on it; the learning side (board, search, lessons, insights, their
     * exports) cannot reach an assessment or a coaching record even by accident. Only start-up's demo
     * seeding writes into every context.
     */
    static ArchRule accountabilityLaneIsWalledOff(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + "..coaching..", root + ".application.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + "..coaching..")
                .because("nothing of an assessment or a coaching record may appear on the learning side (DESIGN.md, the firewall; ADR 0010)");
    }

    // --- Dimple's code follows every rule ---

    @Test
    void domain_isPureJavaWithJpaAnnotations() {
        domainIsPure("dimple").check(production);
    }

    @Test
    void application_reachesTheOutsideOnlyThroughPorts() {
        applicationUsesPortsOnly("dimple").check(production);
    }

    @Test
    void web_neverImportsDomainOrInfrastructure() {
        webSpeaksCommandsAndViews("dimple").check(production);
    }

    @Test
    void dependencies_pointInward() {
        nothingDependsOnTheOuterLayers("dimple").check(production);
    }

    @Test
    void names_sayWhatThingsAre() {
        namesSayWhatThingsAre("dimple").check(production);
    }

    @Test
    void contexts_haveNoCycles() {
        contextsHaveNoCycles("dimple").allowEmptyShould(true).check(production);
    }

    @Test
    void events_arePlainValues() {
        assertThat(production.contain("dimple.domain.review.ReviewPublished")).isTrue();
        eventsArePlainValues("dimple").check(production);
    }

    @Test
    void accountabilityLane_isReachedFromNowhereOutsideIt() {
        assertThat(production.contain("dimple.domain.coaching.Assessment")).isTrue();
        accountabilityLaneIsWalledOff("dimple").check(production);
    }

    // --- and every rule can fail: the broken fixtures are caught ---

    @Test
    void domainRule_catchesAFixtureThatUsesCdi() {
        assertThat(domainIsPure("dimple.archfixture").evaluate(fixtures).hasViolation()).isTrue();
    }

    @Test
    void applicationRule_catchesAFixtureThatUsesJdbc() {
        assertThat(applicationUsesPortsOnly("dimple.archfixture").evaluate(fixtures).hasViolation()).isTrue();
    }

    @Test
    void webRule_catchesAFixtureThatImportsTheDomain() {
        assertThat(webSpeaksCommandsAndViews("dimple.archfixture").evaluate(fixtures).hasViolation()).isTrue();
    }

    @Test
    void inwardRule_catchesADomainFixtureThatUsesWeb() {
        assertThat(nothingDependsOnTheOuterLayers("dimple.archfixture").evaluate(fixtures).hasViolation()).isTrue();
    }

    @Test
    void namingRule_catchesAFixtureNamedImpl() {
        assertThat(namesSayWhatThingsAre("dimple.archfixture").evaluate(fixtures).hasViolation()).isTrue();
    }

    @Test
    void cycleRule_catchesTwoFixtureContextsThatDependOnEachOther() {
        assertThat(contextsHaveNoCycles("dimple.archfixture").evaluate(fixtures).hasViolation()).isTrue();
    }

    @Test
    void cycleRule_catchesTwoContextsThatDependOnEachOtherOnlyAcrossModules() {
        // application.gamma -> domain.delta and application.delta -> domain.gamma: no cycle between
        // module-and-context slices, one between the contexts gamma and delta
        assertThat(contextsHaveNoCycles("dimple.archfixture").evaluate(fixtures).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("context gamma") && line.contains("context delta"));
    }

    @Test
    void cycleRule_countsNoDependencyOnAnotherContextsEvent() {
        // domain.epsilon listens to gamma's event, and application.gamma uses domain.epsilon: no cycle
        assertThat(contextsHaveNoCycles("dimple.archfixture").evaluate(fixtures).getFailureReport().getDetails())
                .noneMatch(line -> line.contains("context epsilon"));
    }

    @Test
    void eventRule_catchesAFixtureEventThatCarriesAnAggregate() {
        assertThat(eventsArePlainValues("dimple.archfixture").evaluate(fixtures).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("GammaHappened") && line.contains("GammaThing"));
    }

    @Test
    void firewallRule_catchesALearningFixtureThatReadsAnAssessment() {
        assertThat(accountabilityLaneIsWalledOff("dimple.archfixture").evaluate(fixtures).hasViolation()).isTrue();
        assertThat(accountabilityLaneIsWalledOff("dimple.archfixture").evaluate(fixtures).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("LeakyBoard") && line.contains("HiddenAssessment"));
    }
}
