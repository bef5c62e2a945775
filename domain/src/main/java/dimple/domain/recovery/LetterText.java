package dimple.domain.recovery;

import java.util.Objects;

/** A filled letter: the subject and body a person copies or downloads, and edits before sending. */
public record LetterText(String subject, String body) {
    public LetterText {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
