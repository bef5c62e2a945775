package dimple.domain.shared;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Words for a person, kept as a code into the web tier's message bundles and the arguments to fill
 * in, never as the words themselves: the web tier renders them in the reader's language
 * ({@code messages*.properties}, ADR 20).
 *
 * <p>An argument may itself be a {@code Message} (a field's name, say), which is rendered first;
 * numbers are shown as plain digits and enumeration values by their name. A message travels in views a
 * page keeps in its session, so its arguments are Serializable: any other is kept as its text.
 */
public record Message(String code, List<Serializable> args) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Message {
        Objects.requireNonNull(code, "code");
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Message of(String code, Object... args) {
        List<Serializable> kept = new ArrayList<>();
        if (args != null) {
            for (Object arg : args) {
                kept.add(arg == null || arg instanceof Serializable ? (Serializable) arg : String.valueOf(arg));
            }
        }
        return new Message(code, kept);
    }

    @Override
    public String toString() {
        return args.isEmpty() ? code : code + args;
    }
}
