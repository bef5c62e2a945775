package dimple.web.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A report's title as pages show it: as typed, or, once the retention sweep blanked it, words saying so (ADR 52). */
class ReportLabelsTest {
    @Test
    void aTitle_isShownAsTyped_andABlankedOne_saysItsWordsWereRemoved() {
        assertThat(ReportLabels.title("Key card encoded for the wrong room", Locale.ENGLISH)).isEqualTo("Key card encoded for the wrong room");
        assertThat(ReportLabels.title("", Locale.ENGLISH)).isEqualTo("(words removed after the retention period)");
        assertThat(ReportLabels.title(null, Locale.GERMAN)).isEqualTo("(Worte nach Ablauf der Aufbewahrungsfrist entfernt)");
    }
}
