package dimple.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.review.PersonView;
import org.junit.jupiter.api.Test;

class ReviewPickersTest {

    @Test
    void aPickedPerson_isShownByName_andSentByUsername_andATypedUsernameStillWorks() {
        String picked = ReviewEditor.label(new PersonView("emma", "Emma Employee"));

        assertThat(picked).isEqualTo("Emma Employee (emma)");
        assertThat(ReviewEditor.usernameIn(picked)).isEqualTo("emma");
        assertThat(ReviewEditor.usernameIn(" emma ")).isEqualTo("emma");
        assertThat(ReviewEditor.usernameIn("Anna (Front Desk) Berg (anna)")).isEqualTo("anna");
    }

    @Test
    void aCommaSeparatedField_isCompletedAfterItsLastComma_keepingWhatWasChosen() {
        ReviewEditor.Completion c = ReviewEditor.Completion.of("payments,  keys , che");

        assertThat(c.chosen()).containsExactly("payments", "keys");
        assertThat(c.term()).isEqualTo("che");
        assertThat(c.with("check-in")).isEqualTo("payments, keys, check-in");
        assertThat(ReviewEditor.Completion.of("che").with("check-in")).isEqualTo("check-in");
    }
}
