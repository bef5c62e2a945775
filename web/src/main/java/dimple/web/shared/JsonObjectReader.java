package dimple.web.shared;

import dimple.application.shared.InvalidInput;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads every JSON request body of the API. Anything that is not one JSON object (an array, a bare
 * value, nothing, broken JSON), bytes that are not UTF-8, and an object that names a key twice are
 * refused with a 400 that says so, before a resource method runs.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonObjectReader implements MessageBodyReader<JsonObject> {
    /** Looked up once: {@code Json.create...} scans the class path for it on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream body) throws IOException, WebApplicationException {
        byte[] bytes = body.readAllBytes();
        if (bytes.length == 0) {
            throw InvalidInput.of("body", "api.body.object");
        }
        String text = StrictUtf8.decode(bytes)
                .orElseThrow(() -> InvalidInput.of("body", "api.body.utf8"));
        JsonValue value;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            // JsonException for broken JSON; Parsson refuses nesting deeper than 1000 with a plain RuntimeException.
            throw InvalidInput.of("body", "api.body.json");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInput.of("body", "api.body.object");
        }
        Optional<String> twice = repeatedKey(text);
        if (twice.isPresent()) {
            throw InvalidInput.of(twice.get(), "api.field.twice", twice.get());
        }
        return value.asJsonObject();
    }

    /**
     * The first key that an object of the JSON text names twice, with its place as {@link JsonBody} names
     * fields ({@code title}, {@code bentRule.rule}, {@code affectedCustomers[1].note}); empty if none. A reader
     * would silently keep one of the two values.
     */
    static Optional<String> repeatedKey(String json) {
        Deque<Level> open = new ArrayDeque<>();
        try (JsonParser parser = JSON.createParser(new StringReader(json))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> {
                        Level object = open.peek();
                        object.key = parser.getString();
                        if (!object.keys.add(object.key)) {
                            return Optional.of(Level.join(object.place, object.key));
                        }
                    }
                    case START_OBJECT, START_ARRAY -> open.push(new Level(event == JsonParser.Event.START_ARRAY, placeOfNext(open)));
                    case END_OBJECT, END_ARRAY -> open.pop();
                    default -> placeOfNext(open);
                }
            }
        }
        return Optional.empty();
    }

    /** The place of the value that starts now inside the innermost open object or array; counts array items. */
    private static String placeOfNext(Deque<Level> open) {
        Level parent = open.peek();
        if (parent == null) {
            return "";
        }
        return parent.array ? parent.place + "[" + ++parent.items + "]" : Level.join(parent.place, parent.key);
    }

    /** One open object or array while the text is read. */
    private static final class Level {
        final boolean array;
        final String place;
        final Set<String> keys = new HashSet<>();
        String key;
        int items = -1;

        Level(boolean array, String place) {
            this.array = array;
            this.place = place;
        }

        static String join(String place, String key) {
            return place.isEmpty() ? key : place + "." + key;
        }
    }
}
