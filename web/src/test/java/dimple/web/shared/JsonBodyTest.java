package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates and times from the API lie between 1900-01-01 and 2199-12-31, or the field is named in a 400. */
class JsonBodyTest {
    private static JsonBody body(String field, String value) {
        JsonObject json = Json.createObjectBuilder().add(field, value).build();
        return JsonBody.of(json);
    }

    @Test
    void theFirstAndLastAcceptedDays_areAccepted() {
        assertThat(body("at", "1900-01-01T00:00:00Z").instant("at")).isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
        assertThat(body("at", "2199-12-31T23:59:59.999Z").instant("at")).isEqualTo(Instant.parse("2199-12-31T23:59:59.999Z"));
        assertThat(body("due", "1900-01-01").date("due")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(body("due", "2199-12-31").date("due")).isEqualTo(LocalDate.of(2199, 12, 31));
        assertThat(body("held", "2199-12-31T23:00:00Z").day("held")).isEqualTo(LocalDate.of(2199, 12, 31));
    }

    @Test
    void aTimestampOutsideTheRange_isRefusedNamingTheField() {
        for (String far : new String[] {"+999999999-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "2200-01-01T00:00:00Z", "-0001-01-01T00:00:00Z"}) {
            JsonBody body = body("occurredAt", far);
            assertThat(body.instant("occurredAt")).as(far).isNull();
            assertRefused(body, "occurredAt");
        }
    }

    @Test
    void aDateOutsideTheRange_isRefusedNamingTheField() {
        for (String far : new String[] {"+999999999-12-31", "1899-12-31", "2200-01-01", "0000-01-01"}) {
            JsonBody body = body("dueDate", far);
            assertThat(body.date("dueDate")).as(far).isNull();
            assertRefused(body, "dueDate");
            JsonBody asDay = body("heldAt", far);
            assertThat(asDay.day("heldAt")).as(far).isNull();
            assertRefused(asDay, "heldAt");
        }
        JsonBody timestamp = body("heldAt", "+999999999-12-31T00:00:00Z");
        assertThat(timestamp.day("heldAt")).isNull();
        assertRefused(timestamp, "heldAt");
    }

    @Test
    void aQueryDateOutsideTheRange_isRefusedNamingTheParameter() {
        assertThatThrownBy(() -> QueryParams.date("from", "0001-01-01")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("from"));
        assertThatThrownBy(() -> QueryParams.instant("to", "+999999999-01-01T00:00:00Z")).isInstanceOf(InvalidInput.class);
        assertThat(QueryParams.date("from", "2199-12-31")).isEqualTo(LocalDate.of(2199, 12, 31));
    }

    private static void assertRefused(JsonBody body, String field) {
        assertThatThrownBy(body::orRefuse).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(field);
            assertThat(Words.render(e.problems().get(0).message(), Words.DEFAULT)).contains("between 1900-01-01 and 2199-12-31");
        });
    }
}
