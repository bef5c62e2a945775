package dimple.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.shared.Ids;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuditEntryTest {
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final String SMILE = "\uD83D\uDE42";

    private static AuditEntry withDetail(String detail) {
        return AuditEntry.of(AT, "ada", "ACCOUNT_CHANGED", "emma", detail);
    }

    /** True when no line could be started by this text: no control character and no Unicode line or paragraph separator. */
    private static boolean isOneVisibleLine(String text) {
        return text.codePoints().noneMatch(cp -> Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029);
    }

    private static boolean hasNoLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void of_keepsWhatHappenedWhenAndByWhom() {
        AuditEntry entry = AuditEntry.of(AT, "ada", "TEAM_RENAMED", "Reception", "Front Desk -> Reception");

        assertThat(Ids.looksLikeId(entry.id())).isTrue();
        assertThat(entry.at()).isEqualTo(AT);
        assertThat(entry.actor()).isEqualTo("ada");
        assertThat(entry.action()).isEqualTo("TEAM_RENAMED");
        assertThat(entry.target()).isEqualTo("Reception");
        assertThat(entry.detail()).isEqualTo("Front Desk -> Reception");
    }

    @Test
    void of_withoutTargetOrDetail_keepsThemEmpty() {
        AuditEntry entry = AuditEntry.of(AT, "system", "DEMO_DATA_SEEDED", null, null);

        assertThat(entry.target()).isNull();
        assertThat(entry.detail()).isNull();
    }

    @Test
    void of_withoutTimeActorOrAction_isRefused() {
        assertThatThrownBy(() -> AuditEntry.of(null, "ada", "X", null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AuditEntry.of(AT, null, "X", null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AuditEntry.of(AT, "ada", null, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void of_newlineInDetail_cannotForgeASecondAuditLine() {
        AuditEntry entry = withDetail("renamed\n2026-03-02T09:00:01Z admin SIGNED_IN admin");

        assertThat(entry.detail()).isEqualTo("renamed\\n2026-03-02T09:00:01Z admin SIGNED_IN admin");
        assertThat(isOneVisibleLine(entry.detail())).isTrue();
    }

    static Stream<Arguments> controlCharacters() {
        return Stream.of(
                Arguments.of("a\rb", "a\\rb"),
                Arguments.of("a\r\nb", "a\\r\\nb"),
                Arguments.of("a\tb", "a\\tb"),
                Arguments.of("a\u0000b", "a\\u0000b"),
                Arguments.of("a\u001bb", "a\\u001bb"),
                Arguments.of("a\u007fb", "a\\u007fb"),
                Arguments.of("a\u0085b", "a\\u0085b"),
                Arguments.of("a\u2028b", "a\\u2028b"),
                Arguments.of("a\u2029b", "a\\u2029b"));
    }

    @ParameterizedTest
    @MethodSource("controlCharacters")
    void of_controlCharactersAndLineSeparators_becomeVisibleEscapes(String typed, String kept) {
        AuditEntry entry = withDetail(typed);

        assertThat(entry.detail()).isEqualTo(kept);
        assertThat(isOneVisibleLine(entry.detail())).isTrue();
    }

    @Test
    void of_everyTextField_isMadeSafe() {
        AuditEntry entry = AuditEntry.of(AT, "eve\nadmin", "SIGNED_IN\r\nX", "emma\u2028admin", "ok");

        assertThat(entry.actor()).isEqualTo("eve\\nadmin");
        assertThat(entry.action()).isEqualTo("SIGNED_IN\\r\\nX");
        assertThat(entry.target()).isEqualTo("emma\\u2028admin");
    }

    @Test
    void of_lettersAccentsAndEmoji_areKeptAsTyped() {
        String detail = "Zoë renamed “Café Crème” " + SMILE;

        assertThat(withDetail(detail).detail()).isEqualTo(detail);
    }

    @Test
    void of_detailAtColumnLength_isKeptWhole() {
        String detail = "x".repeat(AuditEntry.MAX_DETAIL);

        assertThat(withDetail(detail).detail()).isEqualTo(detail);
    }

    @Test
    void of_longDetail_isCutToTheColumnLengthWithAnEllipsis() {
        String detail = withDetail("x".repeat(3000)).detail();

        assertThat(detail).hasSizeLessThanOrEqualTo(AuditEntry.MAX_DETAIL).endsWith("…");
        assertThat(detail).startsWith("x".repeat(1990));
    }

    @Test
    void of_escapesThatMakeTheTextLonger_stillFitTheColumn() {
        String detail = withDetail("\n".repeat(1500)).detail();

        assertThat(detail).hasSizeLessThanOrEqualTo(AuditEntry.MAX_DETAIL).startsWith("\\n\\n").endsWith("…");
        assertThat(isOneVisibleLine(detail)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1996, 1997, 1998, 1999})
    void of_cutAtColumnLength_neverSplitsAnEmoji(int plainCharacters) {
        String detail = withDetail("x".repeat(plainCharacters) + SMILE.repeat(10)).detail();

        assertThat(detail).hasSizeLessThanOrEqualTo(AuditEntry.MAX_DETAIL).endsWith("…");
        assertThat(hasNoLoneSurrogate(detail)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {97, 98, 99})
    void of_longActorAndTarget_areCutToTheirColumnsWithoutSplittingAnEmoji(int plainCharacters) {
        AuditEntry entry = AuditEntry.of(AT, "a".repeat(plainCharacters) + SMILE.repeat(5), "X",
                "t".repeat(plainCharacters + 100) + SMILE.repeat(5), null);

        assertThat(entry.actor()).hasSizeLessThanOrEqualTo(100).endsWith("…");
        assertThat(entry.target()).hasSizeLessThanOrEqualTo(200).endsWith("…");
        assertThat(hasNoLoneSurrogate(entry.actor())).isTrue();
        assertThat(hasNoLoneSurrogate(entry.target())).isTrue();
    }

    @Test
    void of_longAction_isCutToSixtyCharacters() {
        assertThat(AuditEntry.of(AT, "ada", "A".repeat(100), null, null).action()).hasSizeLessThanOrEqualTo(60);
    }
}
