package dimple.application.coaching;

import java.util.Locale;

/**
 * The words of an export, said by the web tier in the reader's language (ADR 20). The exporter names
 * each word by its code ({@code export.coaching.*}: the title, the column headings, the filter line, the
 * PDF's heading and page lines; {@code label.coaching.*}: the same labels of states and responses as the
 * screen) and gives the values that go into it; the records' own texts are shown as written. Nothing
 * below the web tier writes these words itself.
 */
@FunctionalInterface
public interface ExportWords {
    /** The words for a code, with its arguments put in. */
    String text(String code, Object... args);

    /** The language of the words, for the names of months in the filter line's days. English unless said otherwise. */
    default Locale language() {
        return Locale.ENGLISH;
    }

    /** These words, said to be in {@code language}. */
    static ExportWords in(Locale language, ExportWords words) {
        return new ExportWords() {
            @Override
            public String text(String code, Object... args) {
                return words.text(code, args);
            }

            @Override
            public Locale language() {
                return language;
            }
        };
    }
}
