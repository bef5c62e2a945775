package dimple.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.review.ReportLink;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HistoryWordsTest {
    private static final List<ReportLink> REPORTS = List.of(new ReportLink("4f1c", "R-2026-000012", "Wrong room key"));

    @Test
    void historyValues_readAsThePageShowsThemElsewhere_notAsStoredNames() {
        assertThat(HistoryWords.value("status", "IN_REVIEW", REPORTS, Locale.ENGLISH)).isEqualTo("In review");
        assertThat(HistoryWords.value("status", "NOT_DOING", REPORTS, Locale.ENGLISH)).isEqualTo("Not doing");
        assertThat(HistoryWords.value("timeline", "2026-12-05T18:45:00Z EVENT: The terminal times out", REPORTS, Locale.ENGLISH))
                .isEqualTo("2026-12-05 18:45 UTC, Event: The terminal times out");
        assertThat(HistoryWords.value("factors", "TOOLS: No result shown — why? Never configured — why? Not on the list", REPORTS, Locale.ENGLISH))
                .isEqualTo("Tools: No result shown — because Never configured — because Not on the list");
        assertThat(HistoryWords.value("reports", "4f1c", REPORTS, Locale.ENGLISH)).isEqualTo("R-2026-000012 Wrong room key");
        assertThat(HistoryWords.value("reports", "9e9e", REPORTS, Locale.ENGLISH)).as("a report the reader may not open: no id")
                .isEqualTo("A report");
        assertThat(HistoryWords.value("summary", "As written", REPORTS, Locale.ENGLISH)).isEqualTo("As written");
        assertThat(HistoryWords.value("summary", null, REPORTS, Locale.ENGLISH)).isEqualTo("—");
    }
}
