package dimple.domain.reporting;

import dimple.domain.shared.TextLimit;

/**
 * What a leader tells the reporter when triaging a report.
 * Stripped; may be empty, then its {@link #text()} is null; at most {@value #MAX} characters.
 */
public record TriageNote(String text) {
    public static final int MAX = 2000;
    private static final TextLimit LIMIT = TextLimit.optional("field.noteForTheReporter", MAX);

    public TriageNote {
        text = LIMIT.apply(text);
    }

    /** @throws dimple.domain.shared.TextRefused when the text breaks the limit */
    public static TriageNote of(String text) {
        return new TriageNote(text);
    }
}
