package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text that is not UTF-8 is refused instead of being turned into U+FFFD without a word. */
class StrictUtf8Test {
    @Test
    void wellFormedBytes_decode_andBrokenOnesDoNot() {
        assertThat(StrictUtf8.decode("Zoë 😀".getBytes(StandardCharsets.UTF_8))).contains("Zoë 😀");
        assertThat(StrictUtf8.decode(new byte[] {'a', (byte) 0xC3, '('})).isEmpty();
        assertThat(StrictUtf8.decode(new byte[] {(byte) 0xFF})).isEmpty();
        assertThat(StrictUtf8.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).as("an encoded surrogate").isEmpty();
        assertThat(StrictUtf8.decode(new byte[] {(byte) 0xC0, (byte) 0xAF})).as("an overlong slash").isEmpty();
    }

    @Test
    void aQueryString_isWellFormed_whenEveryEscapeIsHexAndTheBytesAreUtf8() {
        assertThat(StrictUtf8.isWellFormedQuery(null)).isTrue();
        assertThat(StrictUtf8.isWellFormedQuery("q=Zo%C3%AB+%F0%9F%98%80&page=0")).isTrue();
        assertThat(StrictUtf8.isWellFormedQuery("q=a%2Bb%25")).isTrue();
        assertThat(StrictUtf8.isWellFormedQuery("q=%C3%28")).isFalse();
        assertThat(StrictUtf8.isWellFormedQuery("q=%FF")).isFalse();
        assertThat(StrictUtf8.isWellFormedQuery("q=%ZZ")).isFalse();
        assertThat(StrictUtf8.isWellFormedQuery("q=%C")).isFalse();
        assertThat(StrictUtf8.isWellFormedQuery("q=%")).isFalse();
        assertThat(StrictUtf8.isWellFormedQuery("q=\uFFFD")).as("already replaced by a lenient decoder").isFalse();
        assertThat(StrictUtf8.isWellFormedQuery("q=Zoë")).as("a raw character the container decoded").isTrue();
    }
}
