package dimple.web;

import static net.bytebuddy.matcher.ElementMatchers.isDeclaredBy;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.not;

import dimple.application.shared.PageView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.implementation.InvocationHandlerAdapter;

/**
 * A very small stand-in for CDI, for screen beans outside the container: every injected service is a
 * generated subclass that answers each call with a plausible view (a record filled with sample values; a
 * paged call answers the page it was asked for, of a list three pages long) and remembers the calls.
 *
 * <p>Serialising through {@link #serialise} replaces each stand-in with a handle naming its type, and
 * {@link #deserialise} puts the same stand-in back: that is what Weld does with the client proxies a bean
 * holds, so a bean that survives here survives a move to another node.
 */
final class StandIns {
    /** One call a bean made to a service; a page fetch has page and size as its last two arguments and answered a page. */
    record Call(String service, String method, List<Object> args, boolean fetchedAPage) {
        int page() {
            return (Integer) args.get(args.size() - 2);
        }

        int size() {
            return (Integer) args.get(args.size() - 1);
        }
    }

    /** Marks the generated classes. */
    public interface StandIn {
    }

    private record Handle(String type) implements Serializable {
    }

    private final Map<String, Object> byType = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();

    /** The stand-in for {@code type}, one per type, as an application-scoped bean would be. */
    Object of(Class<?> type) {
        return byType.computeIfAbsent(type.getName(), name -> create(type));
    }

    List<Call> calls() {
        return calls;
    }

    /** The calls since {@code from} that fetched a page (the last two arguments being page and size, the answer a page). */
    List<Call> pageFetchesSince(int from) {
        return calls.subList(from, calls.size()).stream().filter(Call::fetchedAPage).toList();
    }

    private Object create(Class<?> type) {
        try {
            var builder = type.isInterface()
                    ? new ByteBuddy().subclass(Object.class).implement(type, StandIn.class)
                    : new ByteBuddy().subclass(type).implement(StandIn.class);
            Class<?> made = builder.method(isPublic().and(not(isDeclaredBy(Object.class))))
                    .intercept(InvocationHandlerAdapter.of((proxy, method, args) -> answer(type, method, args)))
                    .make().load(type.getClassLoader()).getLoaded();
            Constructor<?> constructor = made.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no stand-in for " + type.getName(), e);
        }
    }

    private Object answer(Class<?> service, Method method, Object[] args) {
        List<Object> given = args == null ? List.of() : java.util.Arrays.asList(args.clone());
        Type returns = method.getGenericReturnType();
        if (raw(returns) == PageView.class && given.size() >= 2 && given.get(given.size() - 1) instanceof Integer size
                && given.get(given.size() - 2) instanceof Integer page) {
            calls.add(new Call(service.getSimpleName(), method.getName(), given, true));
            Type item = returns instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            return new PageView<>(List.of(sample(item, Map.of(), 0)), page, size, 3L * size);
        }
        if (isAPage(raw(returns)) && given.size() >= 2 && given.get(given.size() - 1) instanceof Integer size
                && given.get(given.size() - 2) instanceof Integer page) {
            calls.add(new Call(service.getSimpleName(), method.getName(), given, true));
            return pageLike(raw(returns), page, size);
        }
        calls.add(new Call(service.getSimpleName(), method.getName(), given, false));
        return sample(returns, Map.of(), 0);
    }

    /** A page of its own kind (the board's, with a correction): a record that starts with a page view's items, page, size and total. */
    private static boolean isAPage(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components != null && components.length >= 4 && components[0].getName().equals("items")
                && components[1].getName().equals("page") && components[2].getName().equals("size") && components[3].getName().equals("total");
    }

    /** That page with one sample item, the total of three pages, and nothing in its further components. */
    private static Object pageLike(Class<?> type, int page, int size) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Type item = components[0].getGenericType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        values[0] = List.of(sample(item, Map.of(), 0));
        values[1] = page;
        values[2] = size;
        values[3] = 3L * size;
        for (int i = 4; i < components.length; i++) {
            values[i] = components[i].getType().isPrimitive() ? sample(components[i].getType(), Map.of(), 0) : null;
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no page of " + type.getName(), e);
        }
    }

    // --- sample values for any type a service returns ---

    static Object sample(Type type, Map<TypeVariable<?>, Type> bindings, int depth) {
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return bound == null ? "sample" : sample(bound, bindings, depth);
        }
        if (type instanceof WildcardType wildcard) {
            return sample(wildcard.getUpperBounds()[0], bindings, depth);
        }
        Class<?> raw = raw(type);
        List<Type> args = type instanceof ParameterizedType p ? List.of(p.getActualTypeArguments()) : List.of();
        Type first = args.isEmpty() ? Object.class : args.get(0);
        if (raw == void.class || raw == Void.class) {
            return null;
        }
        if (raw == String.class || raw == Object.class || raw == CharSequence.class) {
            return "sample";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == double.class || raw == Double.class) {
            return 1d;
        }
        if (raw == short.class || raw == Short.class) {
            return (short) 1;
        }
        if (raw == byte.class || raw == Byte.class) {
            return (byte) 1;
        }
        if (raw == float.class || raw == Float.class) {
            return 1f;
        }
        if (raw == char.class || raw == Character.class) {
            return 's';
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("12.50");
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-03-02T09:00:00Z");
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 3, 2);
        }
        if (raw == LocalDateTime.class) {
            return LocalDateTime.of(2026, 3, 2, 9, 0);
        }
        if (raw == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
        }
        if (raw == Duration.class) {
            return Duration.ofMinutes(5);
        }
        if (raw == UUID.class) {
            return UUID.fromString("5b0c6f0e-8f0a-4c43-9a3e-2b1a7e0f6c11");
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == Optional.class) {
            return depth > 4 ? Optional.empty() : Optional.ofNullable(sample(first, bindings, depth + 1));
        }
        if (raw.isArray()) {
            return Array.newInstance(raw.getComponentType(), 0);
        }
        if (Set.class.isAssignableFrom(raw)) {
            Set<Object> set = new LinkedHashSet<>();
            if (depth <= 4) {
                set.add(sample(first, bindings, depth + 1));
            }
            return set;
        }
        if (Collection.class.isAssignableFrom(raw) || raw == Iterable.class) {
            List<Object> list = new ArrayList<>();
            if (depth <= 4) {
                list.add(sample(first, bindings, depth + 1));
            }
            return list;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<Object, Object> map = new LinkedHashMap<>();
            if (depth <= 4 && args.size() == 2) {
                map.put(sample(args.get(0), bindings, depth + 1), sample(args.get(1), bindings, depth + 1));
            }
            return map;
        }
        if (raw.isRecord()) {
            return depth > 6 ? null : record(raw, args, bindings, depth);
        }
        if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
            return null;
        }
        try {
            Constructor<?> constructor = raw.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static Object record(Class<?> raw, List<Type> args, Map<TypeVariable<?>, Type> outer, int depth) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>(outer);
        TypeVariable<?>[] variables = raw.getTypeParameters();
        for (int i = 0; i < variables.length && i < args.size(); i++) {
            bindings.put(variables[i], args.get(i));
        }
        RecordComponent[] components = raw.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sample(components[i].getGenericType(), bindings, depth + 1);
        }
        try {
            Constructor<?> canonical = raw.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a sample " + raw.getName() + ": " + e.getCause(), e);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    // --- serialising as a session replica would, with the stand-ins re-bound on the way back ---

    byte[] serialise(Object bean) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new Replacing(bytes)) {
            out.writeObject(bean);
        }
        return bytes.toByteArray();
    }

    Object deserialise(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new Resolving(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private static final class Replacing extends ObjectOutputStream {
        Replacing(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            if (obj instanceof StandIn) {
                Class<?> type = obj.getClass().getSuperclass() == Object.class ? obj.getClass().getInterfaces()[0] : obj.getClass().getSuperclass();
                return new Handle(type.getName());
            }
            return obj;
        }
    }

    private final class Resolving extends ObjectInputStream {
        Resolving(InputStream in) throws IOException {
            super(in);
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object obj) {
            if (obj instanceof Handle handle) {
                Object standIn = byType.get(handle.type());
                if (standIn == null) {
                    throw new IllegalStateException("no stand-in to re-bind " + handle.type() + " to");
                }
                return standIn;
            }
            return obj;
        }
    }
}
