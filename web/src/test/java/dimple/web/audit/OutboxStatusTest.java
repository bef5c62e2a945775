package dimple.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ages of the outbox's messages on the audit and webhooks pages, in the reader's words. */
class OutboxStatusTest {
    /** 45 seconds, 12 minutes, 3 hours and 20 days. */
    private static List<String> ages(Locale locale) {
        return Stream.of(45L, 12 * 60L, 3 * 3600L, 20 * 86400L).map(seconds -> OutboxStatus.age(seconds, locale)).toList();
    }

    @Test
    void inEnglish_anAgeReadsAsItAlwaysDid() {
        assertThat(ages(Locale.ENGLISH)).containsExactly("45 s", "12 min", "3 h", "20 d");
        assertThat(OutboxStatus.age(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void inGerman_theUnitsAreGermanWords() {
        assertThat(ages(Locale.GERMAN)).containsExactly("45 Sek.", "12 Min.", "3 Std.", "20 Tg.");
    }
}
