package dimple.application.recovery;

import java.io.Serializable;

/** A letter template as its editor sees it; {@code retired} ones are no longer offered for new letters. */
public record LetterTemplateView(String id, String name, String language, String subject, String body, boolean retired, long version)
        implements Serializable {
}
