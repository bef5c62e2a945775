package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A JSON body is read exactly as sent, or refused: no U+FFFD in place of broken bytes, no silently dropped duplicate. */
class JsonObjectReaderTest {
    private final JsonObjectReader reader = new JsonObjectReader();

    private JsonObject read(byte[] body) throws IOException {
        return reader.readFrom(JsonObject.class, JsonObject.class, null, null, null, new ByteArrayInputStream(body));
    }

    private JsonObject read(String body) throws IOException {
        return read(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWellFormedBody_isReadAsSent() throws IOException {
        assertThat(read("{\"title\":\"Zoë 😀\",\"list\":[{\"a\":1},{\"a\":2}]}").getString("title")).isEqualTo("Zoë 😀");
    }

    @Test
    void bytesThatAreNotUtf8_areRefused_ratherThanReplaced() {
        byte[] body = {'{', '"', 't', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("body"));
    }

    @Test
    void aKeyGivenTwice_isRefusedNamingTheField_whereverItIs() {
        assertRefusedNaming("{\"title\":\"a\",\"title\":\"b\"}", "title");
        assertRefusedNaming("{\"title\":\"a\",\"bentRule\":{\"rule\":\"r\",\"reason\":\"x\",\"rule\":\"s\"}}", "bentRule.rule");
        assertRefusedNaming("{\"affectedCustomers\":[{\"note\":1},{\"proactive\":true,\"note\":\"a\",\"note\":\"b\"}]}", "affectedCustomers[1].note");
        assertRefusedNaming("{\"a\":[1,[2,3],{\"b\":{\"c\":1,\"c\":2}}]}", "a[2].b.c");
    }

    @Test
    void theSameKeyInDifferentObjects_isNoRepeat() throws IOException {
        assertThat(read("{\"a\":{\"x\":1},\"b\":{\"x\":1},\"c\":[{\"x\":1},{\"x\":2}]}")).containsKeys("a", "b", "c");
    }

    private void assertRefusedNaming(String body, String field) {
        assertThatThrownBy(() -> read(body)).as(body).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(field));
    }
}
