package dimple.application.recovery;

import dimple.domain.recovery.LetterPlaceholder;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** A letter template as its editor sees it; {@code retired} ones are no longer offered for new letters. */
public record LetterTemplateView(String id, String name, String language, String subject, String body, boolean retired, long version)
        implements Serializable {
    /** The names a template may write in braces, in the order an editor is told about them. */
    public static final List<String> PLACEHOLDERS = Arrays.stream(LetterPlaceholder.values()).map(LetterPlaceholder::token).toList();
}
