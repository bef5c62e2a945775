package dimple.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dimple.domain.identity.Role;
import dimple.domain.reporting.CustomerNote;
import dimple.domain.reporting.Narrative;
import dimple.domain.reporting.Title;
import dimple.domain.shared.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckTest {
    @Test
    void orRefuse_collectsEveryProblemInTheOrderFound() {
        Check check = Check.input()
                .required("title", " ", "field.title")
                .required("roles", List.of(), "field.atLeastOneRole")
                .maxLength("narrative", "x".repeat(11), 10, "field.whatHappened")
                .that(false, "occurredAt", "input.report.occurredInFuture");

        InvalidInput refused = catchThrowableOfType(InvalidInput.class, check::orRefuse);

        assertThat(English.said(refused.problems())).containsExactly(
                English.said("title", "Title is required."),
                English.said("roles", "At least one role is required."),
                English.said("narrative", "What happened has at most 10 characters; this is 11. Nothing was cut: shorten it to send it."),
                English.said("occurredAt", "When it happened cannot be in the future."));
        assertThat(English.of(refused.message())).isEqualTo("Please correct the 4 marked fields.");
    }

    @Test
    void valid_triesEveryValueObject_andGathersTheirProblemsUnderTheirFields() {
        Check check = Check.input();
        Title title = check.valid("title", Title::of, "  ");
        Narrative narrative = check.valid("narrative", Narrative::of, "x".repeat(Narrative.MAX + 1));
        check.that(false, "occurredAt", "input.report.occurredInFuture");
        CustomerNote note = check.valid("affectedCustomers[0].note", CustomerNote::of, "  Called back \n");

        InvalidInput refused = catchThrowableOfType(InvalidInput.class, check::orRefuse);

        assertThat(title).isNull();
        assertThat(narrative).isNull();
        assertThat(note.text()).isEqualTo("Called back");
        assertThat(English.said(refused.problems())).containsExactly(
                English.said("title", "Title is required."),
                English.said("narrative", "What happened has at most 20000 characters; this is 20001. Nothing was cut: shorten it to send it."),
                English.said("occurredAt", "When it happened cannot be in the future."));
    }

    @Test
    void valid_aTextWithinItsLimit_passesStripped() {
        Check check = Check.input();

        assertThat(check.valid("title", Title::of, " Wrong table ").text()).isEqualTo("Wrong table");
        assertThat(check.hasProblems()).isFalse();
    }

    @Test
    void orRefuse_singleProblem_isTheMessageItself() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> Check.input().required("title", null, "field.title").orRefuse());

        assertThat(English.of(refused.message())).isEqualTo("Title is required.");
    }

    @Test
    void orRefuse_noProblem_letsTheInputThrough() {
        Check check = Check.input().required("title", "Wrong table", "field.title").maxLength("title", "Wrong table", 11, "field.title").that(true, "x", "never");

        assertThat(check.hasProblems()).isFalse();
        assertThatCode(check::orRefuse).doesNotThrowAnyException();
    }

    @Test
    void maxLength_countsAnEmojiAsOneCharacter() {
        assertThat(Check.input().maxLength("title", "\uD83D\uDE42".repeat(10), 10, "field.title").hasProblems()).isFalse();
        assertThat(Check.input().maxLength("title", "\uD83D\uDE42".repeat(11), 10, "field.title").hasProblems()).isTrue();
    }

    @Test
    void problems_addsEachMessageUnderTheField() {
        Check check = Check.input().problems("password", List.of(Message.of("password.tooShort", 12), Message.of("password.common")));

        assertThat(English.said(catchThrowableOfType(InvalidInput.class, check::orRefuse).problems()))
                .containsExactly(English.said("password", "Use at least 12 characters; a few unrelated words make a good password."),
                        English.said("password", "This password is among the first ones attackers try; choose another."));
    }

    @Test
    void known_acceptsAnyCaseAndSurroundingSpace() {
        Check check = Check.input();

        assertThat(check.known("role", " leader ", Role.class, "field.aRole")).isEqualTo(Role.LEADER);
        assertThat(check.allKnown("roles", List.of("hr", "Admin"), Role.class, "field.aRole")).containsExactly(Role.HR, Role.ADMIN);
        assertThat(check.hasProblems()).isFalse();
    }

    @Test
    void known_unknownValue_listsTheChoices() {
        Check check = Check.input();

        assertThat(check.allKnown("roles", List.of("EMPLOYEE", "OWNER", "BOSS"), Role.class, "field.aRole")).containsExactly(Role.EMPLOYEE);

        assertThat(English.said(catchThrowableOfType(InvalidInput.class, check::orRefuse).problems())).hasSize(2)
                .allSatisfy(p -> assertThat(p).isEqualTo(English.said("roles", "A role must be one of [EMPLOYEE, LEADER, HR, ADMIN].")));
    }

    @Test
    void each_mapsValuesAndTreatsNullAsNone() {
        assertThat(Check.input().each(List.of("a", "bb"), String::length)).containsExactly(1, 2);
        assertThat(Check.input().each(null, String::length)).isEmpty();
    }
}
