package dimple.web.shared;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The API's OpenAPI document (WEB-INF/openapi.yaml) as it is written, and the same document as JSON,
 * converted once. Only what YAML's core schema knows is accepted (maps, lists, strings, numbers, booleans,
 * null): a value YAML would read as something else, such as an unquoted date, is refused rather than
 * silently changed, and {@code OpenApiDocumentTest} checks that both forms say the same.
 */
public record OpenApiDocument(byte[] yaml, byte[] json) {

    public static OpenApiDocument read(InputStream in) {
        try {
            byte[] yaml = in.readAllBytes();
            return new OpenApiDocument(yaml, toJson(new String(yaml, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The YAML document as JSON text. */
    static String toJson(String yaml) {
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return json(JsonProvider.provider(), tree).toString();
    }

    private static JsonValue json(JsonProvider json, Object node) {
        if (node == null) {
            return JsonValue.NULL;
        }
        if (node instanceof Map<?, ?> map) {
            JsonObjectBuilder object = json.createObjectBuilder();
            map.forEach((key, value) -> object.add(String.valueOf(key), json(json, value)));
            return object.build();
        }
        if (node instanceof List<?> list) {
            JsonArrayBuilder array = json.createArrayBuilder();
            list.forEach(item -> array.add(json(json, item)));
            return array.build();
        }
        if (node instanceof String text) {
            return json.createValue(text);
        }
        if (node instanceof Boolean truth) {
            return truth ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (node instanceof Integer || node instanceof Long) {
            return json.createValue(((Number) node).longValue());
        }
        if (node instanceof BigInteger big) {
            return json.createValue(big);
        }
        if (node instanceof Double number && Double.isFinite(number)) {
            return json.createValue(BigDecimal.valueOf(number));
        }
        throw new IllegalArgumentException("openapi.yaml holds a value JSON has no place for (quote it): " + node);
    }
}
