package dimple.domain.shared;

import java.util.Objects;

/**
 * The limit one kind of free text keeps: stripped of surrounding white space, required or not, and at most
 * {@link #max()} characters as a person counts them ({@link Text#length}). The value objects that own a limit
 * ({@code Title}, {@code Narrative}, …) apply it when they are made, so the limit is written once, in the domain.
 *
 * @param label the code of the field's name in messages ({@code field.*} in the message bundles)
 */
public record TextLimit(String label, int max, boolean required) {

    public TextLimit {
        Objects.requireNonNull(label, "label");
        if (max < 1) {
            throw new IllegalArgumentException("max must be positive");
        }
    }

    public static TextLimit required(String label, int max) {
        return new TextLimit(label, max, true);
    }

    public static TextLimit optional(String label, int max) {
        return new TextLimit(label, max, false);
    }

    /**
     * The text, stripped; null when it is blank and may be empty.
     *
     * @throws TextRefused with {@code input.required} (the field's name) or {@code input.maxLength} (the field's name,
     *     the limit and the length of the text given)
     */
    public String apply(String text) {
        String clean = Text.trimToNull(text);
        if (clean == null) {
            if (required) {
                throw new TextRefused(Message.of("input.required", Message.of(label)));
            }
            return null;
        }
        int length = Text.length(clean);
        if (length > max) {
            // The length given too, so the person reads by how much, and nothing is cut to fit.
            throw new TextRefused(Message.of("input.maxLength", Message.of(label), max, length));
        }
        return clean;
    }
}
