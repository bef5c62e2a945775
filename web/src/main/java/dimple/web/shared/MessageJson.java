package dimple.web.shared;

import dimple.application.shared.LessonText;
import dimple.domain.shared.Message;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API writes a {@link Message} in a view (the insight scope, the history's subject) as its words in
 * the request's language ({@code Accept-Language}, English without one; ADR 20), so a string field of
 * API.md keeps its name and its English value while the use case says only a code. A lesson's story
 * ({@link LessonText}) is written the same way, as the text {@link LessonWords} assembles.
 */
@Provider
public class MessageJson implements ContextResolver<Jsonb> {
    @Context
    HttpServletRequest request;

    private volatile Jsonb jsonb;

    @Override
    public Jsonb getContext(Class<?> type) {
        Jsonb built = jsonb;
        if (built == null) {
            built = JsonbBuilder.create(new JsonbConfig().withSerializers(serializer(), storySerializer()));
            jsonb = built;
        }
        return built;
    }

    /** Writes a message as its words in the language of the request being answered. */
    JsonbSerializer<Message> serializer() {
        return new MessageWords(this);
    }

    /** Writes a lesson's story as its text in the language of the request being answered. */
    JsonbSerializer<LessonText> storySerializer() {
        return new StoryWords(this);
    }

    private static final class StoryWords implements JsonbSerializer<LessonText> {
        private final MessageJson resolver;

        StoryWords(MessageJson resolver) {
            this.resolver = resolver;
        }

        @Override
        public void serialize(LessonText story, JsonGenerator generator, SerializationContext context) {
            String text = LessonWords.render(story, Words.of(resolver.request));
            if (text == null) {
                generator.writeNull();
            } else {
                generator.write(text);
            }
        }
    }

    private static final class MessageWords implements JsonbSerializer<Message> {
        private final MessageJson resolver;

        MessageWords(MessageJson resolver) {
            this.resolver = resolver;
        }

        @Override
        public void serialize(Message message, JsonGenerator generator, SerializationContext context) {
            generator.write(Words.render(message, Words.of(resolver.request)));
        }
    }
}
