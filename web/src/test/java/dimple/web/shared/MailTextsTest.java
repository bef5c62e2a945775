package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.shared.MailKind;
import dimple.application.shared.MailWords;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a mail says, from the bundles: both parts, every fact escaped in the HTML, a digest listing each thing once. */
class MailTextsTest {
    private final MailTexts texts = new MailTexts();

    @Test
    void oneMail_saysItsKindInBothParts_andEscapesWhatPeopleTypedInTheHtml() {
        MailWords.Written mail = texts.write(List.of(new MailWords.Item(MailKind.ACTION_ASSIGNED, List.of("<script>x</script> & \"y\"", "2026-12-01"),
                "https://dimple.example.com/action/mine.xhtml")), false, "https://dimple.example.com/unsubscribe?t=a.b", "https://dimple.example.com/account/mail.xhtml");

        assertThat(mail.subject()).isEqualTo("You own a new action item");
        assertThat(mail.text()).contains("You own a new action item: \u201C<script>x</script> & \"y\"\u201D, due 2026-12-01.",
                "https://dimple.example.com/action/mine.xhtml", "https://dimple.example.com/unsubscribe?t=a.b");
        assertThat(mail.html()).contains("&lt;script&gt;x&lt;/script&gt; &amp; &quot;y&quot;").doesNotContain("<script>")
                .contains("<a href=\"https://dimple.example.com/unsubscribe?t=a.b\">");
    }

    @Test
    void aDigest_listsEveryThing_underOneSubject() {
        MailWords.Written digest = texts.write(List.of(
                new MailWords.Item(MailKind.FOLLOW_UP_OVERDUE, List.of("R-2026-000042", "2026-11-25T10:00:00Z"), "https://d/recovery/case.xhtml?id=1"),
                new MailWords.Item(MailKind.QUESTION_ASKED, List.of("R-2026-000043"), "https://d/report/view.xhtml?id=2")), true, "https://d/u", "https://d/s");

        assertThat(digest.subject()).isEqualTo("Dimple: 2 things for you today");
        assertThat(digest.text()).contains("* The follow-up with the customer of report R-2026-000042 was due by 2026-11-25 10:00 UTC",
                "* A leader asked you a question about your report R-2026-000043.");
        assertThat(digest.html()).contains("R-2026-000042", "R-2026-000043");
    }

    @Test
    void aSubject_neverCarriesALineBreak() {
        MailWords.Written mail = texts.write(List.of(new MailWords.Item(MailKind.QUESTION_ASKED, List.of("R-1\r\nBcc: eve@example.com"), "https://d/x")),
                false, "https://d/u", "https://d/s");
        assertThat(mail.subject()).doesNotContain("\r").doesNotContain("\n");
    }
}
