package dimple.web.shared;

import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an API request body field by field, so a value of the wrong type is reported with its field
 * name (400) instead of failing the whole body. Call {@link #orRefuse()} after reading.
 */
public final class JsonBody {
    private final JsonObject json;
    private final List<FieldProblem> problems;
    private final String prefix;

    private JsonBody(JsonObject json) {
        this.json = json;
        this.problems = new ArrayList<>();
        this.prefix = "";
    }

    /** A body inside another one: its problems go to the outer body, named with their place. */
    private JsonBody(JsonObject json, JsonBody outer, String prefix) {
        this.json = json;
        this.problems = outer.problems;
        this.prefix = outer.prefix + prefix;
    }

    public static JsonBody of(JsonObject json) {
        if (json == null) {
            throw InvalidInput.of("body", "A JSON object is required.");
        }
        return new JsonBody(json);
    }

    public String string(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        problem(field, " must be a string.");
        return null;
    }

    public List<String> strings(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            problem(field, " must be a list of strings.");
            return null;
        }
        if (array.size() > 1000) {
            problem(field, " has too many entries.");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : array) {
            if (item instanceof JsonString text) {
                out.add(text.getString());
            } else {
                problem(field, " must be a list of strings.");
                return null;
            }
        }
        return out;
    }

    public Boolean bool(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        problem(field, " must be true or false.");
        return null;
    }

    public Integer integer(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                // falls through to the problem below
            }
        }
        problem(field, " must be a whole number.");
        return null;
    }

    /** A decimal number, such as an amount of money. */
    public java.math.BigDecimal decimal(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            java.math.BigDecimal decimal = number.bigDecimalValue();
            if (decimal.precision() - decimal.scale() <= 18 && decimal.scale() <= 18) {
                return decimal;
            }
        }
        problem(field, " must be a number.");
        return null;
    }

    public Instant instant(String field) {
        String text = string(field);
        if (text == null) {
            return null;
        }
        try {
            Instant instant = Instant.parse(text);
            if (AcceptedDates.contains(instant)) {
                return instant;
            }
            problem(field, " must be " + AcceptedDates.RANGE + ".");
        } catch (DateTimeParseException e) {
            problem(field, " must be a UTC timestamp like 2026-11-23T10:15:30Z.");
        }
        return null;
    }

    public LocalDate date(String field) {
        String text = string(field);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (AcceptedDates.contains(date)) {
                return date;
            }
            problem(field, " must be " + AcceptedDates.RANGE + ".");
        } catch (DateTimeParseException e) {
            problem(field, " must be a date like 2026-11-23.");
        }
        return null;
    }

    public JsonBody object(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return new JsonBody(object, this, field + ".");
        }
        problem(field, " must be an object.");
        return null;
    }

    /**
     * A list of objects. Each is read with its own {@link JsonBody}; problems found in an item are
     * reported on this body with the item's place, e.g. {@code affectedCustomers[1].proactive}.
     */
    public List<JsonBody> objects(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            problem(field, " must be a list of objects.");
            return null;
        }
        if (array.size() > 1000) {
            problem(field, " has too many entries.");
            return null;
        }
        List<JsonBody> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject item) {
                out.add(new JsonBody(item, this, field + "[" + i + "]."));
            } else {
                problem(field + "[" + i + "]", " must be an object.");
                return null;
            }
        }
        return out;
    }

    /** A day given as a date (2026-11-23) or as a UTC timestamp (its day in UTC), within the accepted dates. */
    public LocalDate day(String field) {
        String text = string(field);
        if (text == null) {
            return null;
        }
        LocalDate day = parseDay(text.strip());
        if (day == null) {
            problem(field, " must be a date like 2026-11-23.");
            return null;
        }
        if (!AcceptedDates.contains(day)) {
            problem(field, " must be " + AcceptedDates.RANGE + ".");
            return null;
        }
        return day;
    }

    private static LocalDate parseDay(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            try {
                return Instant.parse(text).atOffset(ZoneOffset.UTC).toLocalDate();
            } catch (DateTimeException notATimestamp) {
                return null;
            }
        }
    }

    private void problem(String field, String what) {
        String named = prefix + field;
        problems.add(new FieldProblem(named, named + what));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Refuses the request (400) if any field had the wrong type. */
    public void orRefuse() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
