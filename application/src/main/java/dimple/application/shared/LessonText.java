package dimple.application.shared;

import java.util.List;

/**
 * A lesson's story as a view carries it (ADR 20): its sections without headings, or the text as written
 * when it has none. The web tier words the headings and labels and assembles the text a person reads
 * (the page and the API's {@code body}). {@code part} is a {@code LessonPart}'s name, {@code label} a
 * factor's category or an action's type (a name, never words).
 */
public record LessonText(List<Section> sections, String written) implements java.io.Serializable {
    public LessonText {
        sections = List.copyOf(sections);
    }

    /** Text as written, without sections. */
    public static LessonText written(String text) {
        return new LessonText(List.of(), text);
    }

    public record Section(String part, String label, String text) implements java.io.Serializable {
    }
}
