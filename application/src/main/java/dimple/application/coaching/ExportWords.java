package dimple.application.coaching;

/**
 * The words of an export, said by the web tier in the reader's language (ADR 20). The exporter names
 * each word by its code ({@code export.coaching.*}: the title, the column headings, the PDF's heading
 * and page lines) and gives the values that go into it; the records themselves are shown as written.
 * Nothing below the web tier writes these words itself.
 */
@FunctionalInterface
public interface ExportWords {
    /** The words for a code, with its arguments put in. */
    String text(String code, Object... args);
}
