package dimple.infrastructure.coaching;

/**
 * Formula neutralisation for spreadsheet cells (OWASP "CSV Injection"): a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return could be read by a spreadsheet
 * as a formula (and run {@code =HYPERLINK(...)} or worse), so it gets a leading apostrophe, which
 * spreadsheets show as text. Everything else is kept exactly as written. Used for CSV and XLSX alike.
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    /** The text as a cell that no spreadsheet reads as a formula; null becomes an empty cell. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
