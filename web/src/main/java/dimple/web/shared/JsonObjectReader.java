package dimple.web.shared;

import dimple.application.shared.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Reads every JSON request body of the API. Anything that is not one JSON object (an array, a bare
 * value, nothing, broken JSON) is refused with a 400 that says so, before a resource method runs.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonObjectReader implements MessageBodyReader<JsonObject> {
    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream body) throws IOException, WebApplicationException {
        byte[] bytes = body.readAllBytes();
        if (bytes.length == 0) {
            throw InvalidInput.of("body", "A JSON object is required.");
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            // JsonException for broken JSON; Parsson refuses nesting deeper than 1000 with a plain RuntimeException.
            throw InvalidInput.of("body", "The request body is not valid JSON (or nested too deeply).");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInput.of("body", "A JSON object is required.");
        }
        return value.asJsonObject();
    }
}
