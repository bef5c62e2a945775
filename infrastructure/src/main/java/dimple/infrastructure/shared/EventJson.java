package dimple.infrastructure.shared;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Domain events as JSON for the outbox, and back. Events are records of plain values (ArchitectureTest
 * keeps them so): texts, booleans, numbers, instants, dates, lists and sets of those, and records of
 * their own. Reading asks for the type the handler takes, never a type named in the stored text.
 */
final class EventJson {
    /** Looked up once: {@code Json.create...} scans the class path for it on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private EventJson() {
    }

    static String write(Record event) {
        return object(event).toString();
    }

    static <E> E read(String json, Class<E> type) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return type.cast(value(reader.readObject(), type));
        }
    }

    private static JsonObject object(Record record) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                component.getAccessor().setAccessible(true);
                object.add(component.getName(), json(component.getAccessor().invoke(record)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
            }
        }
        return object.build();
    }

    private static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String text) {
            return JSON.createValue(text);
        }
        if (value instanceof Boolean yes) {
            return yes ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof Instant || value instanceof LocalDate) {
            return JSON.createValue(value.toString());
        }
        if (value instanceof Collection<?> items) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            items.forEach(item -> array.add(json(item)));
            return array.build();
        }
        if (value instanceof Record record) {
            return object(record);
        }
        throw new IllegalArgumentException("an event carries no " + value.getClass().getName());
    }

    private static Object value(JsonValue json, Type type) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return type == boolean.class ? false : type == int.class || type == long.class ? 0 : null;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return ((JsonString) json).getString();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return json.getValueType() == JsonValue.ValueType.TRUE;
        }
        if (raw == int.class || raw == Integer.class) {
            return ((JsonNumber) json).intValueExact();
        }
        if (raw == long.class || raw == Long.class) {
            return ((JsonNumber) json).longValueExact();
        }
        if (raw == Instant.class) {
            return Instant.parse(((JsonString) json).getString());
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse(((JsonString) json).getString());
        }
        if (raw == List.class || raw == Set.class || raw == Collection.class) {
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>();
            for (JsonValue element : (JsonArray) json) {
                items.add(value(element, item));
            }
            return raw == Set.class ? new LinkedHashSet<>(items) : items;
        }
        if (raw.isRecord()) {
            JsonObject object = (JsonObject) json;
            RecordComponent[] components = raw.getRecordComponents();
            Object[] arguments = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                arguments[i] = value(object.get(components[i].getName()), components[i].getGenericType());
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> canonical = raw.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical.newInstance(arguments);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a " + raw.getSimpleName(), e);
            }
        }
        throw new IllegalArgumentException("an event carries no " + raw.getName());
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }
}
