package dimple.web.shared;

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
 * API.md keeps its name and its English value while the use case says only a code.
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
            built = JsonbBuilder.create(new JsonbConfig().withSerializers(serializer()));
            jsonb = built;
        }
        return built;
    }

    /** Writes a message as its words in the language of the request being answered. */
    JsonbSerializer<Message> serializer() {
        return new MessageWords(this);
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
