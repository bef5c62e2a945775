package dimple.domain.review;

import dimple.domain.shared.Message;
import java.util.Objects;

/**
 * One text a published review's lesson would show: the field by its API name (for a factor or an
 * action with its position, {@code factors[2].whys[1]}), the words people read for that field, and the
 * text as written.
 */
public record PublishedText(String field, Message label, String text) {
    public PublishedText {
        Objects.requireNonNull(field);
        Objects.requireNonNull(label);
        Objects.requireNonNull(text);
    }
}
