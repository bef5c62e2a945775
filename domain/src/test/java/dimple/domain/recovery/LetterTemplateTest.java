package dimple.domain.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.shared.TextRefused;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterTemplateTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String BODY = "Dear customer ({customerReference}),\n\nwe are sorry. We offer {remedy} and will call again on {followUpDate}.\n\n{signedBy}, {teamName}";

    private static LetterTemplate template() {
        return LetterTemplate.define("  Apology after a delay ", "en", "Your visit, {customerReference}", BODY, NOW);
    }

    private static String problemOf(Runnable change) {
        try {
            change.run();
        } catch (TextRefused refused) {
            return refused.problem().toString();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void define_keepsTheWordingStripped() {
        LetterTemplate template = template();

        assertThat(template.name()).isEqualTo("Apology after a delay");
        assertThat(template.language()).isEqualTo("en");
        assertThat(template.isRetired()).isFalse();
    }

    @Test
    void anUnknownPlaceholder_isRefused_namingEachOnce() {
        assertThat(problemOf(() -> LetterTemplate.define("A", "en", "Hello {customerName}", "{narrative} and {customerName} {remedy}", NOW)))
                .isEqualTo("input.letterTemplate.unknownPlaceholder[{customerName}, {narrative}]");
        assertThat(problemOf(() -> template().revise("A", "en", "S", "Dear {reporter}")))
                .isEqualTo("input.letterTemplate.unknownPlaceholder[{reporter}]");
    }

    @Test
    void theLimits_andTheLanguage_areKept() {
        assertThat(problemOf(() -> LetterTemplate.define(" ", "en", "S", "B", NOW))).isEqualTo("input.required[field.letterTemplate.name]");
        assertThat(problemOf(() -> LetterTemplate.define("A", "en", "S", "b".repeat(LetterTemplate.MAX_BODY + 1), NOW)))
                .isEqualTo("input.maxLength[field.letterTemplate.body, 5000, 5001]");
        assertThat(problemOf(() -> LetterTemplate.define("A", "en", "s".repeat(LetterTemplate.MAX_SUBJECT + 1), "B", NOW)))
                .startsWith("input.maxLength[field.letterTemplate.subject");
        assertThat(problemOf(() -> LetterTemplate.define("A", "fr", "S", "B", NOW))).isEqualTo("input.letterTemplate.language[de, en]");
        assertThat(LetterTemplate.define("A", "de", "S", "B", NOW).language()).isEqualTo("de");
    }

    @Test
    void fill_putsInOnlyTheValuesGiven_andNeverReadsAValueForPlaceholders() {
        LetterText letter = template().fill(Map.of(
                LetterPlaceholder.CUSTOMER_REFERENCE, "Order 4711",
                LetterPlaceholder.REMEDY, "a refund of {teamName} $1",
                LetterPlaceholder.SIGNED_BY, "Dana Leader",
                LetterPlaceholder.TEAM_NAME, "Front desk"));

        assertThat(letter.subject()).isEqualTo("Your visit, Order 4711");
        assertThat(letter.body()).isEqualTo("Dear customer (Order 4711),\n\nwe are sorry. We offer a refund of {teamName} $1 and will call again on .\n\nDana Leader, Front desk");
    }

    @Test
    void aRetiredTemplate_isKeptAsItWas() {
        LetterTemplate template = template();
        template.retire(NOW);

        assertThat(template.isRetired()).isTrue();
        assertThatThrownBy(() -> template.revise("B", "en", "S", "B")).isInstanceOf(RetiredLetterTemplateIsKept.class);
        assertThatThrownBy(() -> template.retire(NOW)).isInstanceOf(RetiredLetterTemplateIsKept.class);
        assertThat(template.name()).isEqualTo("Apology after a delay");
    }
}
