package dimple.infrastructure.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An operator who left mail unconfigured reads why in the log, in words, and which setting is missing. */
class MailSettingsTest {
    private static MailSettings with(String host, String from, String link) {
        return new MailSettings(host, 587, MailSettings.Security.STARTTLS, "dimple", "secret", from, link, 7, 30);
    }

    @Test
    void mailOff_isLoggedAsASentenceNamingTheMissingSetting_neverAsAMessageCode() {
        assertThat(MailSettingsProducer.startLine(MailSettings.OFF))
                .isEqualTo("Mail is off: no SMTP server is configured (DIMPLE_SMTP_HOST).").doesNotContain("mail.off");
        assertThat(MailSettingsProducer.startLine(with("smtp.example.com", null, "https://dimple.example.com/")))
                .isEqualTo("Mail is off: no sender address is configured (DIMPLE_MAIL_FROM).");
        assertThat(MailSettingsProducer.startLine(with("smtp.example.com", "dimple@example.com", null)))
                .contains("DIMPLE_MAIL_LINK_URL").doesNotContain("mail.off");
        assertThat(MailSettings.OFF.offBecause()).as("the code stays for the admin page and the API").contains("mail.off.noHost");
    }

    @Test
    void mailOn_isLoggedWithItsServer_butNeverItsPassword() {
        String line = MailSettingsProducer.startLine(with("smtp.example.com", "dimple@example.com", "https://dimple.example.com/"));
        assertThat(line).startsWith("Mail is on: ").contains("host=smtp.example.com", "password=set").doesNotContain("secret");
    }
}
