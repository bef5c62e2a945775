package dimple.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.shared.TextRefused;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomFieldTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String TEAM = "team-front-desk";

    private static CustomField field(CustomFieldType type, boolean required, String... choices) {
        return CustomField.define(TEAM, Set.of(), "Which shift", type, required, "  The shift you were on  ", List.of(choices), 0, NOW);
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
    void define_keepsTheWordingStripped_andMakesAKeyFromTheLabel() {
        CustomField field = field(CustomFieldType.CHOICE, true, " Early ", "Late", "", "Night");

        assertThat(field.label()).isEqualTo("Which shift");
        assertThat(field.helpText()).isEqualTo("The shift you were on");
        assertThat(field.key()).isEqualTo("which-shift");
        assertThat(field.choices()).containsExactly("Early", "Late", "Night");
        assertThat(field.isRetired()).isFalse();
    }

    @Test
    void theKey_dropsAccents_andIsTheTeamsOwn() {
        assertThat(CustomField.keyFrom("Größe der Lücke?", Set.of())).isEqualTo("grosse-der-lucke");
        assertThat(CustomField.keyFrom("Which shift", Set.of("which-shift", "which-shift-2"))).isEqualTo("which-shift-3");
        assertThat(CustomField.keyFrom("???", Set.of())).isEqualTo("field");
        assertThat(CustomField.keyFrom("a".repeat(80), Set.of())).hasSizeLessThanOrEqualTo(CustomField.MAX_KEY);
    }

    @Test
    void aChoiceField_needsChoices_andOtherTypesTakeNone() {
        assertThat(problemOf(() -> field(CustomFieldType.MULTI_CHOICE, false))).isEqualTo("input.customField.choicesNeeded");
        assertThat(problemOf(() -> field(CustomFieldType.TEXT, false, "Early"))).isEqualTo("input.customField.noChoices");
        assertThat(problemOf(() -> field(CustomFieldType.CHOICE, false, "Early", "early"))).startsWith("input.customField.choiceTwice");
        assertThat(problemOf(() -> CustomField.define(TEAM, Set.of(), " ", CustomFieldType.TEXT, false, null, List.of(), 0, NOW)))
                .isEqualTo("input.required[field.customField.label]");
    }

    @Test
    void aRequiredField_refusesNoAnswer_namingItsLabel_andAnOptionalOneStoresNothing() {
        assertThat(problemOf(() -> field(CustomFieldType.TEXT, true).valueFrom(List.of("  ")))).isEqualTo("input.required[Which shift]");
        assertThat(field(CustomFieldType.TEXT, false).valueFrom(null)).isNull();
    }

    @Test
    void numbersDatesAndYesNo_areCheckedAndStoredPlainly() {
        assertThat(field(CustomFieldType.NUMBER, false).valueFrom(List.of(" 12.50 "))).isEqualTo("12.5");
        assertThat(problemOf(() -> field(CustomFieldType.NUMBER, false).valueFrom(List.of("twelve")))).isEqualTo("input.customField.number[Which shift]");
        assertThat(field(CustomFieldType.DATE, false).valueFrom(List.of("2026-11-23"))).isEqualTo("2026-11-23");
        assertThat(problemOf(() -> field(CustomFieldType.DATE, false).valueFrom(List.of("23.11.2026")))).isEqualTo("input.customField.date[Which shift]");
        assertThat(field(CustomFieldType.YES_NO, false).valueFrom(List.of("TRUE"))).isEqualTo("true");
        assertThat(problemOf(() -> field(CustomFieldType.YES_NO, false).valueFrom(List.of("maybe")))).isEqualTo("input.customField.yesNo[Which shift]");
        assertThat(problemOf(() -> field(CustomFieldType.TEXT, false).valueFrom(List.of("x".repeat(CustomField.MAX_TEXT + 1)))))
                .isEqualTo("input.maxLength[Which shift, 500, 501]");
    }

    @Test
    void choices_mustBeAmongTheFieldsChoices_andAreKeptInTheFieldsOrder() {
        CustomField one = field(CustomFieldType.CHOICE, false, "Early", "Late");
        CustomField many = field(CustomFieldType.MULTI_CHOICE, false, "Early", "Late", "Night");

        assertThat(one.valueFrom(List.of("late"))).isEqualTo("Late");
        assertThat(problemOf(() -> one.valueFrom(List.of("Lunch")))).isEqualTo("input.customField.choice[Which shift, Early, Late]");
        assertThat(problemOf(() -> one.valueFrom(List.of("Early", "Late")))).isEqualTo("input.customField.oneValue[Which shift]");
        assertThat(many.valueFrom(List.of("Night", "Early"))).isEqualTo("Early\nNight");
    }

    @Test
    void aRemovedField_isNeitherChangedNorMoved_butItsValuesStayOnTheReport() {
        CustomField field = field(CustomFieldType.TEXT, false);
        MistakeReport report = MistakeReport.submit("R-2026-000042", NOW, new MistakeReport.Reporter("emma", TEAM, ReporterMode.NAMED),
                "Wrong room key", "The key card opened the wrong room.", NOW, ReportKind.NO_HARM, CustomerImpact.MINOR, null);
        report.answerCustomFields(Map.of(field.id(), field.valueFrom(List.of("Early"))));

        field.retire(NOW);

        assertThat(field.isRetired()).isTrue();
        assertThatThrownBy(() -> field.revise("Shift", false, null, List.of())).isInstanceOf(RemovedFieldIsKept.class);
        assertThatThrownBy(() -> field.moveTo(3)).isInstanceOf(RemovedFieldIsKept.class);
        assertThatThrownBy(() -> field.retire(NOW)).isInstanceOf(RemovedFieldIsKept.class);
        assertThat(report.customValues()).containsEntry(field.id(), "Early");
    }

    @Test
    void aReportsAnswers_areRecordedOnceWhenFiled() {
        MistakeReport report = MistakeReport.submit("R-2026-000042", NOW, new MistakeReport.Reporter("emma", TEAM, ReporterMode.NAMED),
                "Wrong room key", "The key card opened the wrong room.", NOW, ReportKind.NO_HARM, CustomerImpact.MINOR, null);
        report.answerCustomFields(Map.of("field-1", "Early"));

        assertThatThrownBy(() -> report.answerCustomFields(Map.of("field-1", "Late"))).isInstanceOf(IllegalStateException.class);
        assertThat(report.customValues()).containsExactly(Map.entry("field-1", "Early"));
    }
}
