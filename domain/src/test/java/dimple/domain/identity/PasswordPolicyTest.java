package dimple.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.shared.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    private static final Message COMMON = Message.of("password.common");
    private static final Message USERNAME = Message.of("password.username");
    private static final String SMILE = "\uD83D\uDE42";
    private static final String EMMA = "Emma Employee";
    private static final Message PRODUCT = Message.of("password.product", "dimple");

    @Test
    void problems_twelveCharacters_areEnough() {
        assertThat(PasswordPolicy.problems("plum harbour", "emma", EMMA)).isEmpty();
    }

    @Test
    void problems_elevenCharacters_areTooShortWithAHelpfulHint() {
        assertThat(PasswordPolicy.problems("plum harbou", "emma", EMMA))
                .containsExactly(Message.of("password.tooShort", 12));
    }

    @Test
    void problems_length_countsCharactersAPersonSeesNotJavaChars() {
        String twelveFruit = "\uD83C\uDF4E\uD83C\uDF50\uD83C\uDF4A\uD83C\uDF4B\uD83C\uDF4C\uD83C\uDF49"
                + "\uD83C\uDF47\uD83C\uDF53\uD83E\uDED0\uD83C\uDF48\uD83C\uDF52\uD83C\uDF51";
        String elevenFruit = twelveFruit.substring(0, twelveFruit.length() - 2);

        assertThat(twelveFruit.codePointCount(0, twelveFruit.length())).isEqualTo(12);
        assertThat(PasswordPolicy.problems(twelveFruit, "emma", EMMA)).isEmpty();
        assertThat(PasswordPolicy.problems(elevenFruit, "emma", EMMA)).containsExactly(Message.of("password.tooShort", 12));
    }

    @Test
    void problems_sixtyFourCharacters_areAllowed() {
        String passphrase = "the night bus to harbour street leaves at seven past ten daily!!";
        assertThat(passphrase).hasSize(64);

        assertThat(PasswordPolicy.problems(passphrase, "emma", EMMA)).isEmpty();
    }

    @Test
    void problems_oneHundredTwentyEightCharacters_areTheMaximum() {
        String longest = "0123456789abcdef".repeat(8);
        String tooLong = longest + "x";

        assertThat(PasswordPolicy.problems(longest, "emma", EMMA)).isEmpty();
        assertThat(PasswordPolicy.problems(tooLong, "emma", EMMA)).containsExactly(Message.of("password.tooLong", 128));
    }

    @Test
    void problems_maximum_isCountedInCodePoints() {
        String emoji128 = "\uD83C\uDF4E\uD83C\uDF50".repeat(64);

        assertThat(PasswordPolicy.problems(emoji128, "emma", EMMA)).isEmpty();
        assertThat(PasswordPolicy.problems(emoji128 + SMILE, "emma", EMMA)).containsExactly(Message.of("password.tooLong", 128));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lanterns drift over quiet water", "alllowercaseletters", "739104826153", "ALL UPPER CASE WORDS"})
    void problems_noCompositionRules_plainPassphrasesAreAccepted(String password) {
        assertThat(PasswordPolicy.problems(password, "emma", EMMA)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "PASSWORD1234", "pAsSwOrD1234", "CorrectHorseBatteryStaple", "dimple-demo12"})
    void problems_commonPassword_isRefusedWhateverItsCase(String password) {
        assertThat(PasswordPolicy.problems(password, "emma", EMMA)).containsExactly(COMMON);
    }

    @Test
    void problems_commentLinesOfTheList_areNotPasswords() {
        assertThat(PasswordPolicy.problems("# Passwords of 12 characters or more that appear again and again in published breach statistics,", "emma", EMMA))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"emma-likes-green-tea", "green tea for EMMA", "Emma Emma Emma Emma"})
    void problems_usernameInsidePassword_isRefused(String password) {
        assertThat(PasswordPolicy.problems(password, "emma", EMMA)).containsExactly(USERNAME);
    }

    @Test
    void problems_withoutUsername_skipsTheUsernameRule() {
        assertThat(PasswordPolicy.problems("emma-likes-green-tea", null, null)).isEmpty();
        assertThat(PasswordPolicy.problems("emma-likes-green-tea", " ", null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zzzzzzzzzzzzzzzz", "                    ", "\uD83D\uDE42\uD83D\uDE42\uD83D\uDE42\uD83D\uDE42\uD83D\uDE42\uD83D\uDE42"
            + "\uD83D\uDE42\uD83D\uDE42\uD83D\uDE42\uD83D\uDE42\uD83D\uDE42\uD83D\uDE42"})
    void problems_oneRepeatedCharacter_isRefused(String password) {
        assertThat(PasswordPolicy.problems(password, "emma", EMMA)).containsExactly(COMMON);
    }

    @Test
    void problems_shortAndRepeated_reportsBothProblemsAtOnce() {
        assertThat(PasswordPolicy.problems("aaaa", "emma", EMMA)).hasSize(2).contains(COMMON);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void problems_noPassword_asksForOne(String password) {
        assertThat(PasswordPolicy.problems(password, "emma", EMMA)).containsExactly(Message.of("password.empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dimple harbour lights", "Harbour DIMPLE lights", "my d i m p l e password", "D-I-M-P-L-E-2026!",
            "\uFF44\uFF49\uFF4D\uFF50\uFF4C\uFF45 full width"})
    void problems_theProductsName_isRefusedWhateverItsCaseAndSpacing(String password) {
        assertThat(PasswordPolicy.problems(password, "emma", EMMA)).containsExactly(PRODUCT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"green tea for e m m a", "E.M.M.A likes green tea"})
    void problems_usernameSpreadOutWithSpacesOrDots_isStillRefused(String password) {
        assertThat(PasswordPolicy.problems(password, "emma", EMMA)).containsExactly(USERNAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ocean employee of the month", "EMPLOYEE lanterns drift", "em ployee lanterns drift"})
    void problems_aWordOfTheDisplayName_isRefusedAndNamed(String password) {
        assertThat(PasswordPolicy.problems(password, "emma", EMMA))
                .containsExactly(Message.of("password.name", "Employee"));
    }

    @Test
    void problems_displayNameWord_isFoundAlthoughTheUsernameIsSomethingElse() {
        assertThat(PasswordPolicy.problems("lanterns over mary-jane", "mj7", "Mary-Jane O'Neil"))
                .containsExactly(Message.of("password.name", "Mary"));
        assertThat(PasswordPolicy.problems("lanterns over neil street", "mj7", "Mary-Jane O'Neil"))
                .containsExactly(Message.of("password.name", "Neil"));
    }

    @Test
    void problems_nameWordsShorterThanThreeLetters_areAllowed() {
        assertThat(PasswordPolicy.problems("jolly lanterns drift over li", "jl", "Jo Li")).isEmpty();
    }

    @Test
    void problems_theProductUsernameAndName_areAllReportedAtOnce() {
        assertThat(PasswordPolicy.problems("dimple emma employee", "emma", EMMA))
                .containsExactly(PRODUCT, USERNAME,
                        Message.of("password.name", "Employee"));
    }

    @Test
    void problems_theDemoPassword_isRefused_soTheDemoSeedBypassesThePolicyOnPurpose() {
        assertThat(PasswordPolicy.problems("dimple-demo", "emma", EMMA)).contains(PRODUCT);
    }
}
