package dimple.application.recovery;

import java.io.Serializable;

/** A letter filled from a template for one case, to copy or download and edit before sending. */
public record LetterDraft(String templateId, String templateName, String language, String subject, String body) implements Serializable {
}
