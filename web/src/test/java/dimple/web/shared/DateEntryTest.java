package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What typed dates mean (ADR 22): exactly what was typed, a small set of short forms, nothing rolled over or guessed. */
class DateEntryTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 6, 10, 41, 23);
    private static final LocalDate TODAY = NOW.toLocalDate();

    @Test
    void aFullDayAndTime_isExactlyWhatWasTyped() {
        assertThat(DateEntry.moment("2026-12-05 18:45", NOW)).isEqualTo(LocalDateTime.of(2026, 12, 5, 18, 45));
        assertThat(DateEntry.moment("2026-12-05 01:40", NOW)).isEqualTo(LocalDateTime.of(2026, 12, 5, 1, 40));
        assertThat(DateEntry.day("2026-12-24", TODAY)).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void theShortForms_meanWhatTheADRSays() {
        assertThat(DateEntry.moment("5.12.2026 18:45", NOW)).isEqualTo(LocalDateTime.of(2026, 12, 5, 18, 45));
        assertThat(DateEntry.moment("2026-12-05 1845", NOW)).isEqualTo(LocalDateTime.of(2026, 12, 5, 18, 45));
        assertThat(DateEntry.moment("  Today   18:45 ", NOW)).isEqualTo(LocalDateTime.of(2026, 12, 6, 18, 45));
        assertThat(DateEntry.moment("yesterday 9:05", NOW)).isEqualTo(LocalDateTime.of(2026, 12, 5, 9, 5));
        assertThat(DateEntry.moment("5.12.2026, 18:45", NOW)).isEqualTo(LocalDateTime.of(2026, 12, 5, 18, 45));
        assertThat(DateEntry.moment("2026-12-05T18:45", NOW)).isEqualTo(LocalDateTime.of(2026, 12, 5, 18, 45));
        assertThat(DateEntry.moment("now", NOW)).isEqualTo(LocalDateTime.of(2026, 12, 6, 10, 41));
        assertThat(DateEntry.day("5.12.2026", TODAY)).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(DateEntry.day("2026-1-5", TODAY)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(DateEntry.day("tomorrow", TODAY)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(DateEntry.day("yesterday", TODAY)).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(DateEntry.day("", TODAY)).isNull();
        assertThat(DateEntry.moment("   ", NOW)).isNull();
    }

    @Test
    void nothingIsRolledOverOrGuessed_eachRefusalSaysWhy() {
        assertRefused(() -> DateEntry.moment("2026-12-05 18:75", NOW), "date.notATime", "18:75");
        assertRefused(() -> DateEntry.moment("2026-12-05 24:00", NOW), "date.notATime", "24:00");
        assertRefused(() -> DateEntry.day("2026-02-30", TODAY), "date.notADay", "2026-02-30");
        assertRefused(() -> DateEntry.day("31.4.2026", TODAY), "date.notADay", "31.4.2026");
        assertRefused(() -> DateEntry.day("5/12/2026", TODAY), "date.ambiguous", "5/12/2026");
        assertRefused(() -> DateEntry.moment("2026-12-05", NOW), "date.timeMissing", "2026-12-05");
        assertRefused(() -> DateEntry.day("2026-12-05 18:45", TODAY), "date.dayOnly", "2026-12-05 18:45");
        assertRefused(() -> DateEntry.day("20", TODAY), "date.expected.day", "20");
        assertRefused(() -> DateEntry.day("05-12-26", TODAY), "date.expected.day", "05-12-26");
        assertRefused(() -> DateEntry.moment("2026-12-05 18", NOW), "date.expected.moment", "18");
        assertRefused(() -> DateEntry.moment("next friday", NOW), "date.expected.moment", "next");
        assertRefused(() -> DateEntry.day("now", TODAY), "date.expected.day", "now");
    }

    @Test
    void theWords_comeFromTheBundlesPatterns() {
        assertThat(DateWords.of(LocalDateTime.of(2026, 12, 5, 18, 45), Locale.ENGLISH)).isEqualTo("Saturday 5 December 2026, 18:45");
        assertThat(DateWords.of(LocalDate.of(2026, 12, 24), Locale.ENGLISH)).isEqualTo("Thursday 24 December 2026");
    }

    @Test
    void germanWordsForTodayAndNow_areReadAsTheEnglishOnes_andTheGermanWordsReadGerman() {
        assertThat(DateEntry.moment("heute 18:45", NOW)).isEqualTo(LocalDateTime.of(2026, 12, 6, 18, 45));
        assertThat(DateEntry.moment("Gestern, 9:05", NOW)).isEqualTo(LocalDateTime.of(2026, 12, 5, 9, 5));
        assertThat(DateEntry.moment("jetzt", NOW)).isEqualTo(LocalDateTime.of(2026, 12, 6, 10, 41));
        assertThat(DateEntry.day("morgen", TODAY)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(DateWords.of(LocalDateTime.of(2026, 12, 5, 18, 45), Locale.GERMAN)).isEqualTo("Samstag, 5. Dezember 2026, 18:45");
    }

    /**
     * What a typed moment means in a zone (ADR 45): the converter reads the text against now on the reader's wall
     * clock, and the page's bean turns it into an instant in the same zone.
     */
    @Test
    void aMomentTypedInMunich_isTheInstantOfMunichsWallClock_andTodayIsMunichsDay() {
        java.time.ZoneId munich = java.time.ZoneId.of("Europe/Berlin");
        java.time.Instant instant = java.time.Instant.parse("2026-12-06T23:30:00Z");
        LocalDateTime wallClock = LocalDateTime.ofInstant(instant, munich);

        assertThat(DateEntry.day("today", wallClock.toLocalDate())).as("already the 7th in Munich").isEqualTo(LocalDate.of(2026, 12, 7));
        LocalDateTime typed = DateEntry.moment("today 00:15", wallClock);
        assertThat(typed.atZone(munich).toInstant()).isEqualTo(java.time.Instant.parse("2026-12-06T23:15:00Z"));
        assertThat(DateEntry.moment("7.6.2026 12:00", wallClock).atZone(munich).toInstant())
                .as("summer time").isEqualTo(java.time.Instant.parse("2026-06-07T10:00:00Z"));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code, String part) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DateEntry.NotUnderstood.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.part()).isEqualTo(part);
        });
    }
}
