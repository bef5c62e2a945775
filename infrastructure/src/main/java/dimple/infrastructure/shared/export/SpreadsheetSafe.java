package dimple.infrastructure.shared.export;

import java.text.Normalizer;

/**
 * Formula neutralisation for spreadsheet cells (OWASP "CSV Injection"), the one rule for CSV and XLSX
 * alike: a cell that a spreadsheet could read as a formula (and run {@code =HYPERLINK(...)} or worse)
 * gets a leading apostrophe, which spreadsheets show as text. Everything else is kept exactly as written.
 *
 * <p>A cell is read as a formula when it starts with a tab or a carriage return, or when its first
 * character that can be seen is {@code =}, {@code +}, {@code -} or {@code @} (or a full-width or small
 * form of one, such as {@code U+FF1D}). What cannot be seen before it does not hide it: spaces of any
 * kind, control characters (NUL, line feed, ...), format characters (zero-width space, byte-order mark,
 * direction marks, ...), variation selectors, blank fillers and unassigned code points. Spreadsheets and
 * the libraries that write them drop or trim such characters (fastexcel drops NUL, for one), after which
 * the formula would lead the cell.
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    /** The text as a cell that no spreadsheet reads as a formula; null becomes an empty cell. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return readsAsFormula(text) ? "'" + text : text;
    }

    /** Whether a spreadsheet could read this text as a formula. */
    public static boolean readsAsFormula(String text) {
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isUnseen(cp)) {
                return isFormulaStart(cp);
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean isFormulaStart(int cp) {
        String plain = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        return !plain.isEmpty() && "=+-@".indexOf(plain.charAt(0)) >= 0;
    }

    /** A character that shows nothing where it stands, so a reader (or a spreadsheet) sees past it. */
    static boolean isUnseen(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> {
                return true;
            }
            default -> {
                // Unicode's default-ignorable characters that are not format characters: the combining grapheme
                // joiner, Hangul and Khmer fillers, Mongolian and other variation selectors; and the blank braille cell.
                return cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F)
                        || cp == 0x2800 || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFFA0
                        || (cp >= 0xE0100 && cp <= 0xE01EF);
            }
        }
    }
}
