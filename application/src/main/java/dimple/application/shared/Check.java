package dimple.application.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Collects every problem with an input before refusing it, so a person fixes all fields in one go. */
public final class Check {
    private final List<FieldProblem> problems = new ArrayList<>();

    private Check() {
    }

    public static Check input() {
        return new Check();
    }

    public Check required(String field, Object value, String label) {
        if (value == null || (value instanceof String text && text.isBlank()) || (value instanceof Collection<?> c && c.isEmpty())) {
            problems.add(new FieldProblem(field, label + " is required."));
        }
        return this;
    }

    public Check maxLength(String field, String value, int max, String label) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            problems.add(new FieldProblem(field, label + " has at most " + max + " characters."));
        }
        return this;
    }

    public Check that(boolean ok, String field, String message) {
        if (!ok) {
            problems.add(new FieldProblem(field, message));
        }
        return this;
    }

    public Check problems(String field, Collection<String> messages) {
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
            problems.add(new FieldProblem(field, label + " must be one of " + List.of(type.getEnumConstants()) + "."));
            return null;
        }
    }

    public <E extends Enum<E>> List<E> allKnown(String field, Collection<String> values, Class<E> type, String label) {
        List<E> parsed = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    problems.add(new FieldProblem(field, label + " is empty."));
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
