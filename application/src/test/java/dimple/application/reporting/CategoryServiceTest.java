package dimple.application.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Administrators name and describe kinds and impact levels; everyone signed in reads the words, with the bundles' words behind them. */
class CategoryServiceTest {
    private final ReportingFixture world = new ReportingFixture();

    private static DefineCategories kind(String key, Boolean needsRecoveryCase, Map<String, String> names, Map<String, String> descriptions) {
        return new DefineCategories(List.of(new DescribeCategory(key, needsRecoveryCase, names, descriptions)), List.of());
    }

    @Test
    void beforeAnyoneWritesWords_everyKindAndLevelIsListed_withNoWordsOfItsOwn_andOnlyAHarmedCustomerNeedsARecoveryCase() {
        CategoriesView view = world.as("emma").categories.definitions();

        assertThat(view.kinds()).extracting(CategoryView::key).containsExactly("CUSTOMER_HARMED", "NO_HARM", "NEAR_MISS", "UNSAFE_CONDITION", "GOOD_CATCH");
        assertThat(view.impacts()).extracting(CategoryView::key).containsExactly("NONE", "MINOR", "MAJOR", "SEVERE");
        assertThat(view.kindName("NEAR_MISS", "en")).isEmpty();
        assertThat(view.kindsNeedingRecoveryCase()).containsExactly("CUSTOMER_HARMED");
    }

    @Test
    void anAdministratorsNameInOneLanguage_isTheLookupsAnswerThere_andTheOtherLanguageFallsBackToTheBundle() {
        world.as("admin").categories.define(new DefineCategories(
                List.of(new DescribeCategory("NEAR_MISS", null, Map.of("de", "Knapp vorbei"), Map.of("de", "Rechtzeitig bemerkt, bevor jemand betroffen war."))),
                List.of(new DescribeCategory("SEVERE", null, Map.of("en", "Critical"), Map.of()))));

        CategoriesView view = world.as("eli").categories.definitions();
        assertThat(view.kindName("NEAR_MISS", "de")).contains("Knapp vorbei");
        assertThat(view.kindDescription("NEAR_MISS", "de")).contains("Rechtzeitig bemerkt, bevor jemand betroffen war.");
        assertThat(view.kindName("NEAR_MISS", "en")).as("English keeps the bundle's words").isEmpty();
        assertThat(view.impactName("SEVERE", "en")).contains("Critical");
        assertThat(view.impactName("SEVERE", "de")).isEmpty();
        assertThat(world.auditLines()).containsExactly("admin | CATEGORY_CHANGED | categories | KIND.NEAR_MISS, IMPACT.SEVERE");
    }

    @Test
    void whichKindsNeedARecoveryCase_isTheAdministratorsChoice_butAnImpactLevelCannotNeedOne() {
        world.as("admin").categories.define(kind("CUSTOMER_HARMED", false, Map.of(), Map.of()));
        world.as("admin").categories.define(kind("UNSAFE_CONDITION", true, Map.of(), Map.of()));

        assertThat(world.as("lena").categories.definitions().kindsNeedingRecoveryCase()).containsExactly("UNSAFE_CONDITION");
        assertThatThrownBy(() -> world.as("admin").categories.define(new DefineCategories(List.of(),
                List.of(new DescribeCategory("MAJOR", true, Map.of(), Map.of())))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("impacts.MAJOR.needsRecoveryCase"));
    }

    @Test
    void everyProblemIsNamedByItsField_atOnce_andNothingChanges() {
        world.as("admin").categories.define(kind("NO_HARM", null, Map.of("en", "Harmless"), Map.of()));

        assertThatThrownBy(() -> world.as("admin").categories.define(new DefineCategories(List.of(
                new DescribeCategory("NEAR_MISS", null, Map.of("en", "x".repeat(61)), Map.of("de", "y".repeat(301))),
                new DescribeCategory("GOOD_CATCH", null, Map.of("en", "harmless "), Map.of()),
                new DescribeCategory("ANGRY_CUSTOMER", null, Map.of(), Map.of())), List.of())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, p -> p.message().code())
                        .containsExactlyInAnyOrder(tuple("kinds.NEAR_MISS.names.en", "input.maxLength"),
                                tuple("kinds.NEAR_MISS.descriptions.de", "input.maxLength"),
                                tuple("kinds.GOOD_CATCH.names.en", "input.category.nameTaken"),
                                tuple("kinds", "input.category.unknown")));
        assertThat(world.as("admin").categories.definitions().kindName("NEAR_MISS", "en")).isEmpty();
        assertThat(world.auditLines()).hasSize(1);
    }

    @Test
    void aKindAndAnImpactLevel_mayShareAName() {
        world.as("admin").categories.define(new DefineCategories(List.of(new DescribeCategory("NO_HARM", null, Map.of("en", "None"), Map.of())),
                List.of(new DescribeCategory("NONE", null, Map.of("en", "None"), Map.of()))));

        assertThat(world.as("emma").categories.definitions().impactName("NONE", "en")).contains("None");
    }

    @Test
    void onlyAdministratorsDefine_andEveryoneSignedInReads() {
        assertThat(Arrays.stream(CategoryService.class.getDeclaredMethods()).filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .map(m -> m.getName() + " " + Arrays.toString(m.getAnnotation(RequiresPermissions.class).value())))
                .containsExactlyInAnyOrder("definitions [self:use]", "toDefine [category:define]", "define [category:define]");
        assertThat(Arrays.stream(Role.values()).filter(r -> r.permissions().contains(Permission.CATEGORY_DEFINE))).containsExactly(Role.ADMIN);
        assertThat(Arrays.stream(Role.values()).filter(r -> !r.permissions().contains(Permission.SELF_USE))).isEmpty();
    }

    private SubmitReport harmed(String title, String mode, SubmitReport.AffectedCustomer... customers) {
        SubmitReport r = world.report(title, "Front Desk", mode, customers);
        return new SubmitReport(r.title(), r.narrative(), r.occurredAt(), r.team(), "CUSTOMER_HARMED", r.customerImpact(), r.reporterMode(), null,
                r.affectedCustomers(), Map.of());
    }

    @Test
    void aReportOfAKindThatNeedsARecoveryCase_filedWithoutCustomers_isAcceptedButFlaggedInTheInbox_alsoWhenConfidential() {
        world.as("emma").reporting.submit(harmed("Charged twice, nobody named", "NAMED"));
        world.as("emma").reporting.submit(harmed("Charged twice, quietly", "CONFIDENTIAL"));
        world.as("emma").reporting.submit(harmed("Charged twice, customer named", "NAMED", ReportingFixture.customer("Booking 1")));
        world.as("emma").reporting.submit(world.report("Near miss without customers", "Front Desk", "NAMED"));

        assertThat(world.as("lena").reporting.inbox(InboxFilter.everything(), 0, 20).items())
                .extracting(ReportSummary::title, ReportSummary::awaitingRecoveryCase)
                .containsExactlyInAnyOrder(tuple("Charged twice, nobody named", true), tuple("Charged twice, quietly", true),
                        tuple("Charged twice, customer named", false), tuple("Near miss without customers", false));

        world.as("admin").categories.define(kind("NEAR_MISS", true, Map.of(), Map.of()));
        assertThat(world.as("lena").reporting.inbox(InboxFilter.everything(), 0, 20).items())
                .filteredOn(ReportSummary::awaitingRecoveryCase).extracting(ReportSummary::title)
                .contains("Near miss without customers");
    }
}
