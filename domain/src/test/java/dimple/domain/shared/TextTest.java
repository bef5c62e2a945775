package dimple.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void length_countsAnEmojiOnce() {
        assertThat(Text.length("Café \uD83D\uDE42")).isEqualTo(6);
        assertThat(Text.length(null)).isZero();
    }

    @Test
    void trimToNull_blankTextBecomesNothing() {
        assertThat(Text.trimToNull("  Front Desk\u2003")).isEqualTo("Front Desk");
        assertThat(Text.trimToNull(" \t\n")).isNull();
        assertThat(Text.trimToNull(null)).isNull();
        assertThat(Text.isBlank("\u2003")).isTrue();
    }

    @Test
    void instantConverter_storesUtcAndReadsBackTheSameInstant() {
        InstantConverter converter = new InstantConverter();
        Instant instant = Instant.parse("2026-03-02T09:00:00.123456Z");
        OffsetDateTime stored = converter.convertToDatabaseColumn(instant);

        assertThat(stored.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(instant);
        assertThat(converter.convertToEntityAttribute(OffsetDateTime.parse("2026-03-02T22:00:00.123456+13:00"))).isEqualTo(instant);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
