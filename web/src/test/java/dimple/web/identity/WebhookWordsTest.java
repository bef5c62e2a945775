package dimple.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.shared.WebhookEvent;
import dimple.web.shared.MailTexts;
import dimple.web.shared.Words;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The webhooks page and its announcements in words: every kind and event named, in English and German, and a test message that reads. */
class WebhookWordsTest {
    @Test
    void everyKindAndEveryEvent_hasWords_inEnglishAndGerman() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String file : List.of("messages.properties", "messages_de.properties")) {
            Properties own = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/dimple/web", file), StandardCharsets.UTF_8)) {
                own.load(in);
            }
            List<String> keys = new ArrayList<>();
            TeamWebhookAdmin.KINDS.forEach(k -> keys.add("webhooks.kind." + k));
            for (WebhookEvent event : WebhookEvent.values()) {
                keys.add("webhooks.event." + event.name());
                keys.add("webhook." + event.name());
            }
            keys.stream().filter(k -> own.getProperty(k) == null).forEach(k -> missing.add(file + ": " + k));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aTestMessage_namesTheTeam_andNothingElse() {
        assertThat(new MailTexts().announcement(WebhookEvent.TEST, "Front Desk", List.of()))
                .isEqualTo("Front Desk: a test message from Dimple. The team's announcements will arrive here.");
        assertThat(Words.text(Locale.GERMAN, "webhooks.kind.GENERIC")).isEqualTo("Allgemein (signiert)");
    }
}
