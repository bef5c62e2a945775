package dimple.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.learning.InsightsView;
import dimple.application.reporting.CategoriesView;
import dimple.application.reporting.CategoryView;
import dimple.domain.shared.Message;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsightWordsTest {
    private static InsightsView withOutcomes(Map<String, Long> outcomes) {
        return new InsightsView(Message.of("insights.scope"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 0, Map.of(), "FLAT", 0,
                null, 0, 0, 0, null, outcomes, 0, 0, List.of(), List.of(), 0);
    }

    @Test
    void theOutcomeDoughnut_saysItCountsClosedCases_inWordsForThoseWhoCannotSeeIt() {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        outcomes.put("DELIGHTED", 2L);
        outcomes.put("LOST", 1L);
        assertThat(InsightWords.recoveryWords(withOutcomes(outcomes), Locale.ENGLISH))
                .isEqualTo("Outcomes of the 3 recovery cases closed in this range: Delighted 2, Lost as a customer 1");
        assertThat(InsightWords.recoveryWords(withOutcomes(Map.of("UNKNOWN", 1L)), Locale.ENGLISH))
                .isEqualTo("Outcome of the 1 recovery case closed in this range: Unknown 1");
        assertThat(InsightWords.recoveryChart(withOutcomes(outcomes), Locale.ENGLISH))
                .contains("\"Delighted\"", "\"Lost as a customer\"", "Outcomes of closed recovery cases").doesNotContain("OPEN");
    }

    @Test
    void theReportsChart_namesItsKindsAndItsTitleInTheReadersLanguage() {
        InsightsView view = new InsightsView(Message.of("insights.scope"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 3,
                Map.of("2026-11", Map.of("NEAR_MISS", 2L), "2026-12", Map.of("GOOD_CATCH", 1L)), "FLAT", 0, null, 0, 0, 0, null, Map.of(),
                0, 0, List.of(), List.of(), 0);
        CategoriesView unwritten = new CategoriesView(List.of(), List.of());
        assertThat(InsightWords.reportsChart(view, Locale.ENGLISH, unwritten))
                .contains("\"Customer harmed\"", "\"Near miss\"", "\"Good catch\"", "\"Reports per month, by kind\"")
                .contains("\"labels\":[\"Nov 2026\",\"Dec 2026\"]", "\"data\":[2,0]", "\"data\":[0,1]");
        assertThat(InsightWords.reportsChart(view, Locale.GERMAN, unwritten))
                .contains("\"labels\":[\"November 2026\",\"Dezember 2026\"]")
                .contains("\"Beinahe passiert\"", "\"Gut aufgepasst\"", "\"Meldungen pro Monat, nach Art\"")
                .doesNotContain("Near miss", "Good catch", "Reports per month", "NEAR_MISS");
        assertThat(InsightWords.kind("UNSAFE_CONDITION", Locale.GERMAN, unwritten)).isEqualTo("Unsicherer Zustand");
    }

    @Test
    void theReportsChart_namesAKindAsTheAdministratorDid_inThatLanguageOnly() {
        InsightsView view = new InsightsView(Message.of("insights.scope"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 2,
                Map.of("2026-11", Map.of("NEAR_MISS", 2L)), "FLAT", 0, null, 0, 0, 0, null, Map.of(), 0, 0, List.of(), List.of(), 0);
        CategoriesView named = new CategoriesView(List.of(new CategoryView("NEAR_MISS", false, Map.of("de", "Knapp vorbei"), Map.of())), List.of());

        assertThat(InsightWords.reportsChart(view, Locale.GERMAN, named)).contains("\"Knapp vorbei\"").doesNotContain("Beinahe passiert");
        assertThat(InsightWords.reportsChart(view, Locale.ENGLISH, named)).contains("\"Near miss\"").doesNotContain("Knapp vorbei");
        CategoriesView hostile = new CategoriesView(List.of(new CategoryView("NEAR_MISS", false, Map.of("en", "</script><b>x"), Map.of())), List.of());
        assertThat(InsightWords.reportsChart(view, Locale.ENGLISH, hostile)).contains("\\u003c/script>\\u003cb>x").doesNotContain("<");
    }
}
