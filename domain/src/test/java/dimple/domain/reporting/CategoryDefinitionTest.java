package dimple.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.shared.TextRefused;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryDefinitionTest {

    @Test
    void anUnwrittenDefinition_hasNoWordsOfItsOwn_andOnlyAHarmedCustomerNeedsARecoveryCase() {
        CategoryDefinition harmed = CategoryDefinition.unwritten(CategoryDimension.KIND, "CUSTOMER_HARMED");
        CategoryDefinition nearMiss = CategoryDefinition.unwritten(CategoryDimension.KIND, "NEAR_MISS");
        CategoryDefinition severe = CategoryDefinition.unwritten(CategoryDimension.IMPACT, "SEVERE");

        assertThat(harmed.name("en")).isEmpty();
        assertThat(harmed.description("de")).isEmpty();
        assertThat(harmed.needsRecoveryCase()).isTrue();
        assertThat(nearMiss.needsRecoveryCase()).isFalse();
        assertThat(severe.needsRecoveryCase()).isFalse();
        assertThat(severe.id()).isEqualTo("IMPACT.SEVERE");
    }

    @Test
    void theKindsNeedingARecoveryCase_areTheStoredChoices_andTheDefaultForKindsNeverWritten() {
        assertThat(CategoryDefinition.kindsNeedingRecoveryCase(List.of())).containsExactly("CUSTOMER_HARMED");
        CategoryDefinition harmed = CategoryDefinition.unwritten(CategoryDimension.KIND, "CUSTOMER_HARMED");
        harmed.needRecoveryCase(false);
        CategoryDefinition unsafe = CategoryDefinition.unwritten(CategoryDimension.KIND, "UNSAFE_CONDITION");
        unsafe.needRecoveryCase(true);

        assertThat(CategoryDefinition.kindsNeedingRecoveryCase(List.of(harmed, unsafe))).containsExactly("UNSAFE_CONDITION");
    }

    @Test
    void aKeyThatIsNotAValueOfItsEnumeration_isRefused() {
        assertThatThrownBy(() -> CategoryDefinition.unwritten(CategoryDimension.KIND, "SEVERE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wordsArePerLanguage_strippedAndBlankMeansTheBundlesWords() {
        CategoryDefinition d = CategoryDefinition.unwritten(CategoryDimension.KIND, "NEAR_MISS");
        d.describe("de", "  Knapp vorbei ", "Fast passiert, rechtzeitig bemerkt.");
        d.describe("en", "Close call", " ");

        assertThat(d.name("de")).contains("Knapp vorbei");
        assertThat(d.name("en")).contains("Close call");
        assertThat(d.description("en")).isEmpty();
        assertThat(d.name("fr")).isEmpty();
        d.describe("de", "", null);
        assertThat(d.name("de")).isEmpty();
    }

    @Test
    void aNameOver60OrADescriptionOver300Characters_isRefusedWithTheLimitAndNothingChanges() {
        CategoryDefinition d = CategoryDefinition.unwritten(CategoryDimension.IMPACT, "MINOR");
        d.describe("en", "Small", null);

        assertThatThrownBy(() -> d.describe("en", "x".repeat(61), null)).isInstanceOf(TextRefused.class)
                .hasMessage("input.maxLength[field.category.name, 60, 61]");
        assertThatThrownBy(() -> d.describe("en", "Small", "y".repeat(301))).isInstanceOf(TextRefused.class)
                .hasMessage("input.maxLength[field.category.description, 300, 301]");
        assertThatThrownBy(() -> d.describe("fr", "Petit", null)).isInstanceOf(TextRefused.class);
        assertThat(d.name("en")).contains("Small");
        d.describe("en", "x".repeat(60), "y".repeat(300));
        assertThat(d.name("en")).contains("x".repeat(60));
    }

    @Test
    void onlyAKindCanNeedARecoveryCase() {
        CategoryDefinition kind = CategoryDefinition.unwritten(CategoryDimension.KIND, "NO_HARM");
        kind.needRecoveryCase(true);
        assertThat(kind.needsRecoveryCase()).isTrue();
        assertThatThrownBy(() -> CategoryDefinition.unwritten(CategoryDimension.IMPACT, "MAJOR").needRecoveryCase(true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNameTwiceWithinKindsInOneLanguage_isFoundOnTheLaterKind_butAKindAndAnImpactOrTwoLanguagesMayShareIt() {
        CategoryDefinition harmed = CategoryDefinition.unwritten(CategoryDimension.KIND, "CUSTOMER_HARMED");
        CategoryDefinition noHarm = CategoryDefinition.unwritten(CategoryDimension.KIND, "NO_HARM");
        CategoryDefinition none = CategoryDefinition.unwritten(CategoryDimension.IMPACT, "NONE");
        CategoryDefinition minor = CategoryDefinition.unwritten(CategoryDimension.IMPACT, "MINOR");
        harmed.describe("en", "Harm", null);
        noHarm.describe("en", " harm", null);
        noHarm.describe("de", "Harm", null);
        none.describe("en", "Harm", null);
        minor.describe("en", null, null);

        List<CategoryDefinition.NameTaken> taken = CategoryDefinition.namesTakenTwice(List.of(noHarm, none, minor, harmed));

        assertThat(taken).hasSize(1);
        assertThat(taken.get(0).definition()).isSameAs(noHarm);
        assertThat(taken.get(0).language()).isEqualTo("en");
        assertThat(taken.get(0).problem().toString()).isEqualTo("input.category.nameTaken[harm, label.report.kinds.CUSTOMER_HARMED]");
    }
}
