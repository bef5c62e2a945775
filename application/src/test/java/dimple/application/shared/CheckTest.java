package dimple.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dimple.domain.identity.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckTest {
    @Test
    void orRefuse_collectsEveryProblemInTheOrderFound() {
        Check check = Check.input()
                .required("title", " ", "Title")
                .required("teams", List.of(), "At least one team")
                .maxLength("narrative", "x".repeat(11), 10, "Narrative")
                .that(false, "occurredAt", "When it happened cannot be in the future.");

        InvalidInput refused = catchThrowableOfType(InvalidInput.class, check::orRefuse);

        assertThat(refused.problems()).containsExactly(
                new FieldProblem("title", "Title is required."),
                new FieldProblem("teams", "At least one team is required."),
                new FieldProblem("narrative", "Narrative has at most 10 characters."),
                new FieldProblem("occurredAt", "When it happened cannot be in the future."));
        assertThat(refused.getMessage()).isEqualTo("Please correct the 4 marked fields.");
    }

    @Test
    void orRefuse_singleProblem_isTheMessageItself() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> Check.input().required("title", null, "Title").orRefuse());

        assertThat(refused.getMessage()).isEqualTo("Title is required.");
    }

    @Test
    void orRefuse_noProblem_letsTheInputThrough() {
        Check check = Check.input().required("title", "Wrong table", "Title").maxLength("title", "Wrong table", 11, "Title").that(true, "x", "never");

        assertThat(check.hasProblems()).isFalse();
        assertThatCode(check::orRefuse).doesNotThrowAnyException();
    }

    @Test
    void maxLength_countsAnEmojiAsOneCharacter() {
        assertThat(Check.input().maxLength("title", "\uD83D\uDE42".repeat(10), 10, "Title").hasProblems()).isFalse();
        assertThat(Check.input().maxLength("title", "\uD83D\uDE42".repeat(11), 10, "Title").hasProblems()).isTrue();
    }

    @Test
    void problems_addsEachMessageUnderTheField() {
        Check check = Check.input().problems("password", List.of("Too short.", "Too common."));

        assertThat(catchThrowableOfType(InvalidInput.class, check::orRefuse).problems())
                .containsExactly(new FieldProblem("password", "Too short."), new FieldProblem("password", "Too common."));
    }

    @Test
    void known_acceptsAnyCaseAndSurroundingSpace() {
        Check check = Check.input();

        assertThat(check.known("role", " leader ", Role.class, "A role")).isEqualTo(Role.LEADER);
        assertThat(check.allKnown("roles", List.of("hr", "Admin"), Role.class, "A role")).containsExactly(Role.HR, Role.ADMIN);
        assertThat(check.hasProblems()).isFalse();
    }

    @Test
    void known_unknownValue_listsTheChoices() {
        Check check = Check.input();

        assertThat(check.allKnown("roles", List.of("EMPLOYEE", "OWNER", "BOSS"), Role.class, "A role")).containsExactly(Role.EMPLOYEE);

        assertThat(catchThrowableOfType(InvalidInput.class, check::orRefuse).problems()).hasSize(2)
                .allSatisfy(p -> assertThat(p).isEqualTo(new FieldProblem("roles", "A role must be one of [EMPLOYEE, LEADER, HR, ADMIN].")));
    }

    @Test
    void each_mapsValuesAndTreatsNullAsNone() {
        assertThat(Check.input().each(List.of("a", "bb"), String::length)).containsExactly(1, 2);
        assertThat(Check.input().each(null, String::length)).isEmpty();
    }
}
