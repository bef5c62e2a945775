package dimple.application.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.reporting.ReportingFixture;
import dimple.application.reporting.SubmitReport;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Role;
import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Letter templates kept by administrators, and a letter drafted from one for a recovery case. */
class LetterServiceTest {
    private static final String NOTE = "Internal: the night porter swapped the keys";
    private static final LetterWords WORDS = new LetterWords() {
        @Override
        public String remedy(String remedyType) {
            return "words for " + remedyType;
        }

        @Override
        public String day(Instant at) {
            return "day " + at;
        }
    };

    private final ReportingFixture world = new ReportingFixture();

    private LetterTemplateView everyPlaceholder() {
        return world.as("admin").letters.define(new DescribeLetterTemplate(null, "Sorry", "en", "About {customerReference}",
                "Ref {customerReference}; {remedy}; by {followUpDate}; {signedBy} of {teamName}."));
    }

    private String confidentialCase() {
        SubmitReport.AffectedCustomer customer = new SubmitReport.AffectedCustomer("Booking 58213", false, NOTE, false,
                ReportingFixture.NOW.plusSeconds(7 * 86400));
        return world.as("emma").reporting.submit(world.report("Charged twice at checkout", "Front Desk", "CONFIDENTIAL", customer))
                .recoveries().get(0).id();
    }

    @Test
    void anAdministrator_keepsTemplates_andEachChangeIsAuditedByName_withoutTheWords() {
        LetterTemplateView sorry = everyPlaceholder();
        world.as("admin").letters.revise(new DescribeLetterTemplate(sorry.id(), "Sorry, again", "de", "Betreff", "Text {signedBy}"));
        world.as("admin").letters.retire(sorry.id());

        assertThat(world.as("admin").letters.all()).extracting(LetterTemplateView::name, LetterTemplateView::retired)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sorry, again", true));
        assertThat(world.auditLines()).contains("admin | LETTER_TEMPLATE_CHANGED | Sorry | defined (en)",
                "admin | LETTER_TEMPLATE_CHANGED | Sorry, again | revised (de)", "admin | LETTER_TEMPLATE_CHANGED | Sorry, again | retired");
        assertThat(String.join("\n", world.auditLines())).doesNotContain("Text {signedBy}", "Betreff");
    }

    @Test
    void anUnknownPlaceholder_isRefusedOnTheBody_namingIt() {
        assertThatThrownBy(() -> world.as("admin").letters.define(new DescribeLetterTemplate(null, "Sorry", "en", "S", "Dear {reporterName}")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field, p -> p.message().toString())
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("body", "input.letterTemplate.unknownPlaceholder[{reporterName}]")));
        assertThatThrownBy(() -> world.as("admin").letters.define(new DescribeLetterTemplate(null, "Sorry", "xx", "S", "B")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("language"));
    }

    @Test
    void onlyAdministrators_keepTemplates_everyDoorAsksForLetterDefine() {
        assertThat(java.util.Arrays.stream(LetterTemplateService.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .map(m -> m.getName() + " " + java.util.Arrays.toString(m.getAnnotation(RequiresPermissions.class).value())))
                .containsExactlyInAnyOrder("all [letter:define]", "define [letter:define]", "revise [letter:define]", "retire [letter:define]");
        assertThat(java.util.Arrays.stream(Role.values()).filter(r -> r.permissions().contains(Permission.LETTER_DEFINE))).containsExactly(Role.ADMIN);
    }

    @Test
    void aDraft_fillsTheFiveValues_andNeverCarriesTheTitleNarrativeReporterOrNote() {
        LetterTemplateView sorry = everyPlaceholder();
        String id = confidentialCase();
        world.as("lena").recovery.record(new RecordRecoveryStep(id, "REMEDY_DELIVERED", null, null, null, "REFUND", new BigDecimal("20"), "EUR",
                null, "Refund approved by the night manager", null));

        LetterDraft draft = world.as("lena").recovery.draftLetter(id, sorry.id(), WORDS);

        assertThat(draft.subject()).isEqualTo("About Booking 58213");
        assertThat(draft.body()).isEqualTo("Ref Booking 58213; words for REFUND; by day " + ReportingFixture.NOW.plusSeconds(7 * 86400)
                + "; Lena Leader of Front Desk.");
        String letter = draft.subject() + "\n" + draft.body();
        assertThat(letter).doesNotContain("Charged twice", "card encoder", "Emma", "emma", NOTE, "night manager");
    }

    @Test
    void aDraft_isForWhoeverMaySeeTheCase_fromATemplateInUse() {
        LetterTemplateView sorry = everyPlaceholder();
        String id = confidentialCase();

        assertThat(world.as("emma").recovery.draftLetter(id, sorry.id(), WORDS).body()).contains("Emma Employee of Front Desk");
        assertThatThrownBy(() -> world.as("leo").recovery.draftLetter(id, sorry.id(), WORDS)).isInstanceOf(RecordNotFound.class);
        assertThat(world.as("lena").recovery.letterTemplates()).extracting(LetterTemplateView::name).containsExactly("Sorry");

        world.as("admin").letters.retire(sorry.id());
        assertThat(world.as("lena").recovery.letterTemplates()).isEmpty();
        assertThatThrownBy(() -> world.as("lena").recovery.draftLetter(id, sorry.id(), WORDS))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("templateId"));
        assertThatThrownBy(() -> world.as("lena").recovery.draftLetter(id, "no-such", WORDS)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aDraftBeforeTheRemedy_leavesItEmptyForThePersonToWrite() {
        LetterTemplateView sorry = everyPlaceholder();
        String id = confidentialCase();

        assertThat(world.as("lena").recovery.draftLetter(id, sorry.id(), WORDS).body()).startsWith("Ref Booking 58213; ; by");
    }

    @Test
    void aLetterSent_isAStepWithItsChannelAndTemplate_auditedWithoutTheWordsOrAConfidentialReportersName() {
        LetterTemplateView sorry = everyPlaceholder();
        String id = confidentialCase();

        dimple.application.reporting.RecoveryView afterLena = world.as("lena").recovery.markLetterSent(id, sorry.id(), "EMAIL");
        world.as("emma").recovery.markLetterSent(id, sorry.id(), "LETTER");

        assertThat(afterLena.status()).isEqualTo("OPEN");
        assertThat(world.as("lena").recovery.find(id).steps()).extracting(s -> s.step() + " " + s.channel() + " " + s.template() + " " + s.note())
                .containsExactly("LETTER_SENT EMAIL Sorry null", "LETTER_SENT LETTER Sorry null");
        String audit = String.join("\n", world.auditLines());
        assertThat(audit).contains("lena | RECOVERY_STEP_RECORDED").contains("step=LETTER_SENT, channel=EMAIL, template=Sorry")
                .doesNotContain("emma |", "Ref ", "Booking 58213");
        assertThat(world.waitingConfidentialActivity()).anyMatch(line -> line.contains("RECOVERY_STEP_RECORDED"));
    }

    @Test
    void aLetterSent_needsAKnownChannelAndATemplateInUse_andIsNotAStepOfRecord() {
        LetterTemplateView sorry = everyPlaceholder();
        String id = confidentialCase();

        assertThatThrownBy(() -> world.as("lena").recovery.markLetterSent(id, sorry.id(), "PIGEON"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("channel"));
        assertThatThrownBy(() -> world.as("leo").recovery.markLetterSent(id, sorry.id(), "EMAIL")).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> world.as("lena").recovery.record(new RecordRecoveryStep(id, "LETTER_SENT", null, "EMAIL", null, null, null, null,
                null, null, null))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactly("step"));
        assertThat(world.as("lena").recovery.find(id).steps()).isEmpty();
    }
}
