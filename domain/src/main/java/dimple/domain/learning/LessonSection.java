package dimple.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One section of a lesson's story, as the review wrote it: what it tells, the label of a factor or an
 * action (an enumeration's name, never words) and the text. Headings are not stored: the web tier words
 * them in the reader's language (ADR 20).
 */
@Embeddable
public class LessonSection implements java.io.Serializable {
    @Enumerated(EnumType.STRING)
    @Column(name = "part", nullable = false, length = 30)
    private LessonPart part;

    @Column(name = "label", length = 30)
    private String label;

    @Column(name = "text", nullable = false, length = 2 * Lesson.MAX_BODY)
    private String text;

    protected LessonSection() {
    }

    public LessonSection(LessonPart part, String label, String text) {
        this.part = Objects.requireNonNull(part);
        this.label = label;
        this.text = Objects.requireNonNull(text);
    }

    public static LessonSection of(LessonPart part, String text) {
        return new LessonSection(part, null, text);
    }

    public LessonPart part() {
        return part;
    }

    public String label() {
        return label;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LessonSection other && part == other.part && Objects.equals(label, other.label) && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(part, label, text);
    }

    @Override
    public String toString() {
        return part + (label == null ? "" : "(" + label + ")") + ": " + text;
    }
}
