package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.shared.MailKind;
import dimple.application.shared.MailWords;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a mail says, from the bundles: both parts, every fact escaped in the HTML, a digest listing each thing once. */
class MailTextsTest {
    private static final MailWords.Reader ENGLISH_UTC = new MailWords.Reader(null, ZoneId.of("UTC"));
    private final MailTexts texts = new MailTexts();

    @Test
    void oneMail_saysItsKindInBothParts_andEscapesWhatPeopleTypedInTheHtml() {
        MailWords.Written mail = texts.write(List.of(new MailWords.Item(MailKind.ACTION_ASSIGNED, List.of("<script>x</script> & \"y\"", "2026-12-01"),
                "https://dimple.example.com/action/mine.xhtml")), false, "https://dimple.example.com/unsubscribe?t=a.b", "https://dimple.example.com/account/mail.xhtml", ENGLISH_UTC);

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
                new MailWords.Item(MailKind.QUESTION_ASKED, List.of("R-2026-000043"), "https://d/report/view.xhtml?id=2")), true, "https://d/u", "https://d/s", ENGLISH_UTC);

        assertThat(digest.subject()).isEqualTo("Dimple: 2 things for you today");
        assertThat(digest.text()).contains("* The follow-up with the customer of report R-2026-000042 was due by 2026-11-25 10:00 UTC",
                "* A leader asked you a question about your report R-2026-000043.");
        assertThat(digest.html()).contains("R-2026-000042", "R-2026-000043");
    }

    @Test
    void aSubject_neverCarriesALineBreak() {
        MailWords.Written mail = texts.write(List.of(new MailWords.Item(MailKind.QUESTION_ASKED, List.of("R-1\r\nBcc: eve@example.com"), "https://d/x")),
                false, "https://d/u", "https://d/s", ENGLISH_UTC);
        assertThat(mail.subject()).doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void aPersonWhoChoseGerman_andBerlin_readsTheMailInGerman_withDueTimesInTheirZone_andDaysAsTheirPagesShowThem() {
        MailWords.Reader german = new MailWords.Reader(Locale.GERMAN, ZoneId.of("Europe/Berlin"));
        MailWords.Written due = texts.write(List.of(
                new MailWords.Item(MailKind.FOLLOW_UP_DUE, List.of("R-2026-000042", "2026-12-08T16:30:00Z"), "https://d/recovery/case.xhtml?id=1")),
                false, "https://d/u", "https://d/s", german);
        assertThat(due.subject()).isEqualTo("Eine Nachfrage bei der Kundschaft ist bald fällig (Meldung R-2026-000042)");
        assertThat(due.text()).contains("Die Nachfrage bei der Kundschaft von Meldung R-2026-000042 ist bis 08.12.2026, 17:30 MEZ fällig.",
                "In Dimple öffnen: https://d/recovery/case.xhtml?id=1", "Diese Art von Mail abbestellen: https://d/u");

        MailWords.Written action = texts.write(List.of(new MailWords.Item(MailKind.ACTION_OVERDUE, List.of("Zweite Kasse", "2026-12-01"), "https://d/a")),
                false, "https://d/u", "https://d/s", german);
        assertThat(action.text()).contains("Ihre Maßnahme „Zweite Kasse“ war am 01.12.2026 fällig.");
        assertThat(action.html()).contains("<html lang=\"de\">");
    }

    @Test
    void aPersonWhoChoseNoLanguage_readsEnglish_withTheTimeInTheirZoneNamed() {
        MailWords.Written due = texts.write(List.of(
                new MailWords.Item(MailKind.FOLLOW_UP_OVERDUE, List.of("R-2026-000042", "2026-12-08T16:30:00Z"), "https://d/x")),
                false, "https://d/u", "https://d/s", new MailWords.Reader(null, ZoneId.of("America/New_York")));
        assertThat(due.text()).contains("was due by 2026-12-08 11:30 EST");
        assertThat(due.html()).contains("<html lang=\"en\">");
    }
}
