package dimple.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The ages of the outbox's messages on the audit and webhooks pages, in the reader's words. */
class OutboxStatusTest {
    @Test
    void inEnglish_anAgeReadsAsItAlwaysDid() {
        assertThat(OutboxStatus.age(45L, Locale.ENGLISH)).isEqualTo("45 s");
        assertThat(OutboxStatus.age(12 * 60L, Locale.ENGLISH)).isEqualTo("12 min");
        assertThat(OutboxStatus.age(3 * 3600L, Locale.ENGLISH)).isEqualTo("3 h");
        assertThat(OutboxStatus.age(2 * 86400L, Locale.ENGLISH)).isEqualTo("2 d");
        assertThat(OutboxStatus.age(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void inGerman_theUnitsAreGermanWords() {
        assertThat(OutboxStatus.age(45L, Locale.GERMAN)).isEqualTo("45 Sek.");
        assertThat(OutboxStatus.age(12 * 60L, Locale.GERMAN)).isEqualTo("12 Min.");
        assertThat(OutboxStatus.age(3 * 3600L, Locale.GERMAN)).isEqualTo("3 Std.");
        assertThat(OutboxStatus.age(20 * 86400L, Locale.GERMAN)).isEqualTo("20 Tg.");
    }
}
