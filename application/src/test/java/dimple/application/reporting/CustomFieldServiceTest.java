package dimple.application.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import dimple.domain.reporting.RemovedFieldIsKept;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomFieldServiceTest {
    private final ReportingFixture world = new ReportingFixture();

    private CustomFieldView define(String who, String team, String label, String type, boolean required, String... choices) {
        return world.as(who).fields.define(new DefineCustomField(team, label, type, required, "Help for " + label, List.of(choices)));
    }

    private SubmitReport reportWith(Map<String, List<String>> answers) {
        SubmitReport r = world.report("Wrong room key", "Front Desk", "NAMED");
        return new SubmitReport(r.title(), r.narrative(), r.occurredAt(), r.team(), r.kind(), r.customerImpact(), r.reporterMode(), null, null,
                answers);
    }

    private static List<String> fieldsOf(Throwable refusal) {
        return ((InvalidInput) refusal).problems().stream().map(p -> p.field() + " " + p.message()).toList();
    }

    @Test
    void aLeader_definesTheFieldsOfTheTeamTheyLead_inOrder_andTheChangesAreAudited() {
        define("lena", "Front Desk", "Which shift", "CHOICE", true, "Early", "Late");
        define("lena", "Front Desk", "Which desk", "text", false);

        assertThat(world.as("lena").fields.ofTeam("Front Desk")).extracting(CustomFieldView::key, CustomFieldView::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("which-shift", "CHOICE"), org.assertj.core.groups.Tuple.tuple("which-desk", "TEXT"));
        assertThat(world.auditLines()).contains("lena | CUSTOM_FIELD_CHANGED | Front Desk | defined which-shift (CHOICE)");
        assertThat(world.as("lena").fields.teamsToDefineFor()).containsExactly("Front Desk");
    }

    @Test
    void aLeaderOfAnotherTeam_neitherSeesNorChangesATeamsFields_butAnAdministratorDoes() {
        CustomFieldView shift = define("lena", "Front Desk", "Which shift", "CHOICE", true, "Early", "Late");

        assertThatThrownBy(() -> world.as("leo").fields.ofTeam("Front Desk")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> define("leo", "Front Desk", "Sneaky", "TEXT", false)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> world.as("leo").fields.remove(shift.id())).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> world.as("leo").fields.move(shift.id(), 1)).isInstanceOf(RecordNotFound.class);
        assertThat(world.as("admin").fields.teamsToDefineFor()).containsExactly("Front Desk", "Online Orders");
        assertThat(world.as("admin").fields.remove(shift.id()).removed()).isTrue();
    }

    @Test
    void aBadDefinition_isRefusedNamingTheField() {
        assertThatThrownBy(() -> define("lena", "Front Desk", "Which shift", "CHOICE", true))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("choices input.customField.choicesNeeded"));
        assertThatThrownBy(() -> define("lena", "Front Desk", " ", "TEXT", true))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("label input.required[field.customField.label]"));
        assertThatThrownBy(() -> define("lena", "Front Desk", "Colour", "COLOUR", true))
                .satisfies(e -> assertThat(fieldsOf(e)).singleElement().asString().startsWith("type input.oneOf"));
    }

    @Test
    void movingAField_changesTheOrderTheFormAsks() {
        define("lena", "Front Desk", "First", "TEXT", false);
        CustomFieldView second = define("lena", "Front Desk", "Second", "TEXT", false);

        world.as("lena").fields.move(second.id(), -1);

        assertThat(world.as("emma").fields.toAnswer("Front Desk")).extracting(CustomFieldView::label).containsExactly("Second", "First");
        assertThat(world.as("eli").fields.toAnswer("Front Desk")).as("not eli's team").isEmpty();
    }

    @Test
    void aReportsAnswers_areCheckedStoredAndShown_andARemovedFieldsAnswerStaysMarked() {
        CustomFieldView shift = define("lena", "Front Desk", "Which shift", "CHOICE", true, "Early", "Late");
        define("lena", "Front Desk", "Guests waiting", "NUMBER", false);
        define("lena", "Front Desk", "Tags", "MULTI_CHOICE", false, "Keys", "Billing");

        ReportView filed = world.as("emma").reporting.submit(reportWith(Map.of("which-shift", List.of("late"), "guests-waiting", List.of("3"),
                "tags", List.of("Billing", "Keys"))));
        world.as("lena").fields.remove(shift.id());
        ReportView read = world.as("lena").reporting.find(filed.id());

        assertThat(read.customFields()).extracting(CustomValueView::key, CustomValueView::value, CustomValueView::removed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("guests-waiting", new java.math.BigDecimal("3"), false),
                org.assertj.core.groups.Tuple.tuple("tags", List.of("Keys", "Billing"), false),
                org.assertj.core.groups.Tuple.tuple("which-shift", "Late", true));
        assertThatThrownBy(() -> world.as("lena").fields.revise(new ReviseCustomField(shift.id(), "Shift", true, null, List.of("Early"))))
                .isInstanceOf(RemovedFieldIsKept.class);
        assertThat(world.as("emma").fields.toAnswer("Front Desk")).extracting(CustomFieldView::key).containsExactly("guests-waiting", "tags");
    }

    @Test
    void badAnswers_areRefusedNamingEachField_andNothingIsFiled() {
        define("lena", "Front Desk", "Which shift", "CHOICE", true, "Early", "Late");
        define("lena", "Front Desk", "Guests waiting", "NUMBER", false);

        assertThatThrownBy(() -> world.as("emma").reporting.submit(reportWith(Map.of("guests-waiting", List.of("many"), "colour", List.of("red")))))
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("customFields.colour", "customFields.which-shift", "customFields.guests-waiting"));
        assertThat(world.reports.all()).isEmpty();
    }

    @Test
    void theInbox_filtersByAnAnswerToAChoiceOrYesNoField_alsoOfARemovedField() {
        CustomFieldView shift = define("lena", "Front Desk", "Which shift", "CHOICE", false, "Early", "Late");
        define("lena", "Front Desk", "Guest told", "YES_NO", false);
        define("lena", "Front Desk", "Which desk", "TEXT", false);
        ReportView late = world.as("emma").reporting.submit(reportWith(Map.of("which-shift", List.of("Late"), "guest-told", List.of("true"))));
        world.as("emma").reporting.submit(reportWith(Map.of("which-shift", List.of("Early"))));
        world.as("emma").reporting.submit(reportWith(Map.of()));
        world.as("lena").fields.remove(shift.id());

        assertThat(world.as("lena").reporting.inbox(new InboxFilter("Front Desk", null, null, null, null, null, null, "which-shift", "late"), 0, 20)
                .items()).extracting(ReportSummary::id).containsExactly(late.id());
        assertThat(world.as("lena").reporting.inbox(new InboxFilter("Front Desk", null, null, null, null, null, null, "guest-told", "true"), 0, 20)
                .items()).extracting(ReportSummary::id).containsExactly(late.id());
        assertThatThrownBy(() -> world.as("lena").reporting.inbox(new InboxFilter(null, null, null, null, null, null, null, "which-shift", "Late"), 0, 20))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("field input.customField.teamNeeded"));
        assertThatThrownBy(() -> world.as("lena").reporting.inbox(new InboxFilter("Front Desk", null, null, null, null, null, null, "which-desk", "A"), 0, 20))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("field input.customField.notFilterable[which-desk]"));
        assertThat(world.as("lena").fields.toFilterBy()).extracting(CustomFieldView::key).containsExactly("guest-told", "which-shift");
        assertThat(world.as("leo").fields.toFilterBy()).isEmpty();
    }

    @Test
    void theAuditNamesTheField_neverAnAnswer() {
        define("lena", "Front Desk", "Which desk", "TEXT", false);

        world.as("emma").reporting.submit(reportWith(Map.of("which-desk", List.of("Desk by the window"))));

        assertThat(String.join("\n", world.auditLines()) + world.waitingConfidentialActivity()).doesNotContain("window");
    }
}
