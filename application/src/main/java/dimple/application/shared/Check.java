package dimple.application.shared;

import dimple.domain.shared.Message;
import dimple.domain.shared.TextRefused;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Collects every problem with an input before refusing it, so a person fixes all fields in one go.
 * Fields are named in messages by a label code ({@code field.*} in the message bundles), problems by
 * a message code with arguments.
 */
public final class Check {
    private final List<FieldProblem> problems = new ArrayList<>();

    private Check() {
    }

    public static Check input() {
        return new Check();
    }

    public Check required(String field, Object value, String label) {
        if (value == null || (value instanceof String text && text.isBlank()) || (value instanceof Collection<?> c && c.isEmpty())) {
            problems.add(FieldProblem.of(field, "input.required", Message.of(label)));
        }
        return this;
    }

    public Check maxLength(String field, String value, int max, String label) {
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        if (length > max) {
            problems.add(FieldProblem.of(field, "input.maxLength", Message.of(label), max, length));
        }
        return this;
    }

    /**
     * Makes a value object that owns its limit ({@code Title::of}, …) from the text given for the field; when the
     * value object refuses the text, records its problem against the field and returns null, so that every field
     * of one request is tried before {@link #orRefuse()}.
     */
    public <T> T valid(String field, Function<String, T> make, String text) {
        try {
            return make.apply(text);
        } catch (TextRefused refused) {
            problems.add(new FieldProblem(field, refused.problem()));
            return null;
        }
    }

    /** Records the problem (a message code and its arguments) against the field unless {@code ok}. */
    public Check that(boolean ok, String field, String code, Object... args) {
        if (!ok) {
            problems.add(FieldProblem.of(field, code, args));
        }
        return this;
    }

    public Check problems(String field, Collection<Message> messages) {
        messages.forEach(message -> problems.add(new FieldProblem(field, message)));
        return this;
    }

    /** Parses an enumeration value given as text; records a problem (listing the known values) when it is unknown. */
    public <E extends Enum<E>> E known(String field, String value, Class<E> type, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "input.oneOf", Message.of(label), List.of(type.getEnumConstants()).toString()));
            return null;
        }
    }

    public <E extends Enum<E>> List<E> allKnown(String field, Collection<String> values, Class<E> type, String label) {
        List<E> parsed = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    problems.add(FieldProblem.of(field, "input.empty", Message.of(label)));
                    continue;
                }
                E known = known(field, value, type, label);
                if (known != null) {
                    parsed.add(known);
                }
            }
        }
        return parsed;
    }

    public <T, R> List<R> each(Collection<T> values, Function<T, R> mapper) {
        return values == null ? List.of() : values.stream().map(mapper).toList();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws {@link InvalidInput} with every problem found so far, if any. */
    public void orRefuse() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
