package dimple.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.shared.MailPreferences;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code GET /api/admin/mail} says why mail is off in words, and keeps the reason's code for scripts. */
class MailQueueAnswerTest {
    private static MailPreferences.Health off(String code) {
        return new MailPreferences.Health(false, code, 0, 0, 0, 0, List.of(), List.of());
    }

    @Test
    void mailOff_isToldAsASentence_withTheStableCodeBesideIt() {
        MailQueueResource.MailQueue answer = MailQueueResource.told(off("mail.off.noHost"), Locale.ENGLISH);
        assertThat(answer.on()).isFalse();
        assertThat(answer.offBecause()).isEqualTo("Mail is off: no SMTP server is configured (DIMPLE_SMTP_HOST).");
        assertThat(answer.offCode()).isEqualTo("mail.off.noHost");

        assertThat(MailQueueResource.told(off("mail.off.noFrom"), Locale.FRENCH).offBecause())
                .as("a language without the words falls back to English, never to the code").contains("DIMPLE_MAIL_FROM").doesNotContain("mail.off");
        assertThat(MailQueueResource.told(off("mail.off.noLinkAddress"), Locale.ENGLISH).offBecause()).doesNotContain("mail.off");
    }

    @Test
    void mailOn_hasNoReason() {
        MailQueueResource.MailQueue answer = MailQueueResource.told(new MailPreferences.Health(true, null, 2, 1, 3, 0, List.of(), List.of()),
                Locale.ENGLISH);
        assertThat(answer.on()).isTrue();
        assertThat(answer.offBecause()).isNull();
        assertThat(answer.offCode()).isNull();
        assertThat(answer.waiting()).isEqualTo(2);
    }
}
