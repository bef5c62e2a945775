package dimple.infrastructure.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=HYPERLINK(\"http://evil.example\",\"click\")", "+41 44 000", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1",
            "=", "+", "-", "@"})
    void cell_textASpreadsheetCouldReadAsAFormula_getsALeadingApostrophe(String text) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Card terminal time-outs", "2026-11-23", " =1+1", "'=already text", "a=b", "100%", "\n=1", "Zoë \uD83D\uDE42"})
    void cell_anythingElse_isKeptExactlyAsWritten(String text) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL, ''", "'', ''"}, nullValues = "NULL")
    void cell_nothing_isAnEmptyCell(String text, String expected) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo(expected);
    }
}
