package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates on pages in the reader's time zone and language (ADR 45). */
class FormatsTest {
    private static final Instant LATE_EVENING = Instant.parse("2026-12-06T23:30:00Z");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId MUNICH = ZoneId.of("Europe/Berlin");

    @Test
    void inEnglishAndUtc_aMomentReadsAsItAlwaysDid() {
        assertThat(Formats.dateTime(LATE_EVENING, Locale.ENGLISH, UTC)).isEqualTo("2026-12-06 23:30 UTC");
        assertThat(Formats.date(LATE_EVENING, Locale.ENGLISH, UTC)).isEqualTo("2026-12-06");
    }

    @Test
    void inGermanAndMunich_itIsTheNextDay_writtenTheGermanWay_withTheZonesName() {
        assertThat(Formats.dateTime(LATE_EVENING, Locale.GERMAN, MUNICH)).isEqualTo("07.12.2026, 00:30 MEZ");
        assertThat(Formats.dateTime(Instant.parse("2026-07-01T10:00:00Z"), Locale.GERMAN, MUNICH)).as("summer time")
                .isEqualTo("01.07.2026, 12:00 MESZ");
        assertThat(Formats.date(LATE_EVENING, Locale.GERMAN, MUNICH)).isEqualTo("07.12.2026");
        assertThat(Formats.dateTime(LATE_EVENING, Locale.ENGLISH, ZoneId.of("America/New_York"))).isEqualTo("2026-12-06 18:30 EST");
    }

    @Test
    void aDayKeptForAConfidentialReport_isTheStoredDay_whateverTheReadersZone() {
        Instant keptDay = Instant.parse("2026-12-06T00:00:00Z");
        assertThat(Formats.when(keptDay, true, Locale.ENGLISH, ZoneId.of("America/Los_Angeles"))).isEqualTo("2026-12-06 (day only)");
        assertThat(Formats.when(keptDay, true, Locale.GERMAN, MUNICH)).isEqualTo("06.12.2026 (nur der Tag)");
        assertThat(Formats.when(keptDay, false, Locale.ENGLISH, ZoneId.of("America/Los_Angeles"))).isEqualTo("2026-12-05 16:00 PST");
    }

    @Test
    void aCalendarDay_aDueDateOrTheDayAMeetingWasHeld_isWrittenInTheReadersLanguage_withoutAZone() {
        LocalDate boxingDay = LocalDate.of(2026, 12, 26);
        assertThat(Formats.day(boxingDay, Locale.ENGLISH)).as("as English pages always wrote it").isEqualTo("2026-12-26");
        assertThat(Formats.day(boxingDay, Locale.GERMAN)).isEqualTo("26.12.2026");
        assertThat(Formats.day(null, Locale.GERMAN)).isEmpty();
    }

    @Test
    void nothing_isNothing() {
        assertThat(Formats.dateTime(null, Locale.GERMAN, MUNICH)).isEmpty();
        assertThat(Formats.when(null, true, Locale.GERMAN, MUNICH)).isEmpty();
    }

    @Test
    void aTechnicalName_mayBreakAfterEachDot_andNowhereElse() {
        assertThat(new Formats().breakable("java.net.ConnectException < dimple.mail.WebhookTransport$Refused (HTTP 500)"))
                .isEqualTo("java.\u200Bnet.\u200BConnectException < dimple.\u200Bmail.\u200BWebhookTransport$\u200BRefused (HTTP 500)");
        assertThat(new Formats().breakable(null)).isEmpty();
    }
}
