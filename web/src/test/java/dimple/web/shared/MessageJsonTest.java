package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.reporting.BlameLanguage;
import dimple.domain.shared.Message;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Messages that views carry reach the API as words (ADR 20): string fields keep their names and English values. */
class MessageJsonTest {
    @Test
    void aMessageInAView_isWrittenAsItsWords_inEnglishWithoutAcceptLanguage() {
        StringWriter json = new StringWriter();
        try (JsonGenerator generator = Json.createGenerator(json)) {
            generator.writeStartArray();
            for (Message message : List.of(Message.of("insight.scope.organisation"), Message.of("history.subject.review"),
                    Message.of("history.subject.action", "Add a step"))) {
                new MessageJson().serializer().serialize(message, generator, null);
            }
            generator.writeEnd();
        }

        assertThat(json.toString()).isEqualTo("[\"The whole organisation\",\"Review\",\"Action \u201CAdd a step\u201D\"]");
    }

    @Test
    void everyBlameLanguageSuggestion_hasEnglishWords() {
        assertThat(BlameLanguage.vocabulary().values()).allSatisfy(code -> assertThat(Words.text(Locale.ENGLISH, code)).isNotEqualTo(code));
        assertThat(Words.render(BlameLanguage.hintsFor("She should have checked.").get(0).suggestion(), Locale.ENGLISH))
                .isEqualTo("That is hindsight. Describe what the person knew and saw at that moment, and what made their choice look right then.");
        assertThat(Words.render(BlameLanguage.hintsFor("He was lazy.").get(0).suggestion(), Locale.ENGLISH))
                .isEqualTo("Describe what competed for the person's time and attention.");
    }
}
