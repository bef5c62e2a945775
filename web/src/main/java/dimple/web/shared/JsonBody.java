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

    /** The names of the object's fields, in the order sent. */
    public java.util.Set<String> keys() {
        return json.keySet();
    }

    public String string(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        problem(field, "api.field.string");
        return null;
    }

    public List<String> strings(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            problem(field, "api.field.strings");
            return null;
        }
        if (array.size() > 1000) {
            problem(field, "api.field.tooMany");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : array) {
            if (item instanceof JsonString text) {
                out.add(text.getString());
            } else {
                problem(field, "api.field.strings");
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
        problem(field, "api.field.boolean");
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
        problem(field, "api.field.integer");
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
        problem(field, "api.field.number");
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
            problem(field, "api.field.dateRange", AcceptedDates.FIRST, AcceptedDates.LAST);
        } catch (DateTimeParseException e) {
            problem(field, "api.field.timestamp");
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
            problem(field, "api.field.dateRange", AcceptedDates.FIRST, AcceptedDates.LAST);
        } catch (DateTimeParseException e) {
            problem(field, "api.field.date");
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
        problem(field, "api.field.object");
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
            problem(field, "api.field.objects");
            return null;
        }
        if (array.size() > 1000) {
            problem(field, "api.field.tooMany");
            return null;
        }
        List<JsonBody> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject item) {
                out.add(new JsonBody(item, this, field + "[" + i + "]."));
            } else {
                problem(field + "[" + i + "]", "api.field.object");
                return null;
            }
        }
        return out;
    }

    /**
     * An object of answers by key, each a string, a number, true or false, or a list of strings (a report's
     * {@code customFields}), as the texts the use case checks: a number as written, a boolean as {@code true}/{@code false}.
     * Anything else is a problem named {@code field.key}.
     */
    public java.util.Map<String, List<String>> answers(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            problem(field, "api.field.object");
            return null;
        }
        if (object.size() > 1000) {
            problem(field, "api.field.tooMany");
            return null;
        }
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        object.forEach((key, answer) -> {
            switch (answer.getValueType()) {
                case NULL -> out.put(key, List.of());
                case STRING -> out.put(key, List.of(((JsonString) answer).getString()));
                case NUMBER -> out.put(key, List.of(answer.toString()));
                case TRUE, FALSE -> out.put(key, List.of(answer.toString()));
                case ARRAY -> {
                    List<String> texts = new ArrayList<>();
                    for (JsonValue item : (JsonArray) answer) {
                        if (item instanceof JsonString text) {
                            texts.add(text.getString());
                        } else {
                            problem(field + "." + key, "api.field.strings");
                            return;
                        }
                    }
                    out.put(key, texts);
                }
                default -> problem(field + "." + key, "api.field.answer");
            }
        });
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
            problem(field, "api.field.date");
            return null;
        }
        if (!AcceptedDates.contains(day)) {
            problem(field, "api.field.dateRange", AcceptedDates.FIRST, AcceptedDates.LAST);
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

    /** A problem with a field, named as the caller sent it; the code's words take that name as {0}. */
    private void problem(String field, String code, Object... more) {
        String named = prefix + field;
        Object[] args = new Object[more.length + 1];
        args[0] = named;
        System.arraycopy(more, 0, args, 1, more.length);
        problems.add(FieldProblem.of(named, code, args));
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
