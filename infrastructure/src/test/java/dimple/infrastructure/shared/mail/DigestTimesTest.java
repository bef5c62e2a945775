package dimple.infrastructure.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a digest goes out: at the digest hour once a day, or every DIMPLE_MAIL_DIGEST_EVERY_SECONDS from that hour on. */
class DigestTimesTest {
    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void daily_goesOutAtTheDigestHour_todayIfStillAhead_elseTomorrow() {
        assertThat(OutgoingMessages.nextDigest(at("2026-11-23T06:59:59Z"), 7, MailSettings.DAILY)).isEqualTo(at("2026-11-23T07:00:00Z"));
        assertThat(OutgoingMessages.nextDigest(at("2026-11-23T07:00:00Z"), 7, MailSettings.DAILY)).isEqualTo(at("2026-11-24T07:00:00Z"));
        assertThat(OutgoingMessages.nextDigest(at("2026-11-23T23:30:00Z"), 7, MailSettings.DAILY)).isEqualTo(at("2026-11-24T07:00:00Z"));
        assertThat(OutgoingMessages.nextDigest(at("2026-11-23T00:00:00Z"), 0, MailSettings.DAILY)).isEqualTo(at("2026-11-24T00:00:00Z"));
    }

    @Test
    void aShorterPeriod_goesOutEveryPeriod_alignedOnTheDigestHour() {
        assertThat(OutgoingMessages.nextDigest(at("2026-11-23T10:00:05Z"), 7, 30)).isEqualTo(at("2026-11-23T10:00:30Z"));
        assertThat(OutgoingMessages.nextDigest(at("2026-11-23T10:00:30Z"), 7, 30)).isEqualTo(at("2026-11-23T10:01:00Z"));
        assertThat(OutgoingMessages.nextDigest(at("2026-11-23T03:10:00Z"), 7, 43_200)).as("twice a day: 07:00 and 19:00")
                .isEqualTo(at("2026-11-23T07:00:00Z"));
        assertThat(OutgoingMessages.nextDigest(at("2026-11-23T08:00:00Z"), 7, 43_200)).isEqualTo(at("2026-11-23T19:00:00Z"));
        assertThat(OutgoingMessages.nextDigest(at("2026-11-23T06:59:59.500Z"), 7, 30)).isEqualTo(at("2026-11-23T07:00:00Z"));
    }

    @Test
    void aPeriodOutsideASecondToADay_isRefusedAtStart() {
        assertThatThrownBy(() -> new MailSettings("h", 25, MailSettings.Security.NONE, null, null, "f@x.test", "https://x.test/", 7, 30, null, 0))
                .hasMessageContaining("DIMPLE_MAIL_DIGEST_EVERY_SECONDS");
        assertThatThrownBy(() -> new MailSettings("h", 25, MailSettings.Security.NONE, null, null, "f@x.test", "https://x.test/", 7, 30, null,
                MailSettings.DAILY + 1)).hasMessageContaining("DIMPLE_MAIL_DIGEST_EVERY_SECONDS");
    }
}
