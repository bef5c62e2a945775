package dimple.web.learning;

import dimple.application.learning.InsightsView;
import dimple.application.reporting.CategoriesView;
import dimple.web.reporting.CategoryWords;
import dimple.web.shared.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The charts of the insights page in the page's language: the reports per month, stacked by kind, and the recovery
 * doughnut, the outcomes of the cases closed in the range from the best to the worst, as a chart and in words for
 * those who cannot see it. Drawn when the page is drawn, so the view kept in the session ({@link LearningInsights})
 * holds no words, and a page opened in English and shown again after the reader chose German speaks German.
 */
@Named
@ApplicationScoped
public class InsightWords {
    private static final JsonProvider JSON = JsonProvider.provider();
    /** As the recovery pages list the outcomes; any other name after them. */
    private static final List<String> OUTCOME_ORDER = List.of("DELIGHTED", "SATISFIED", "STILL_UNHAPPY", "LOST", "UNKNOWN");
    private static final Map<String, String> KIND_COLOURS = Map.of("CUSTOMER_HARMED", "#c2410c", "NO_HARM", "#64748b",
            "NEAR_MISS", "#2563eb", "UNSAFE_CONDITION", "#ca8a04", "GOOD_CATCH", "#16a34a");

    @Inject
    CategoryWords categoryWords;

    /** The reports chart (a Chart.js model for p:chart): its legend and title in the page's language, kinds as the administrator named them. */
    public String reportsChart(InsightsView view) {
        return view == null ? null : reportsChart(view, Words.current(), categoryWords.view());
    }

    /** A kind as the chart's legend and its table of numbers name it, in the page's language. */
    public String kind(String kind) {
        return kind(kind, Words.current(), categoryWords.view());
    }

    /** The administrator's description of a kind, as help beside the chart's numbers; empty when none was written. */
    /** A month of the reports chart ("2026-11") as the reader's language writes it: "Nov 2026", "Nov. 2026". */
    public String month(String month) {
        return month(month, Words.current());
    }

    static String month(String month, Locale locale) {
        try {
            return DateTimeFormatter.ofPattern(Words.text(locale, "format.month"), locale).format(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            return month;
        }
    }

    public String kindHelp(String kind) {
        return categoryWords.kindHelp(kind);
    }

    public String recoveryChart(InsightsView view) {
        return view == null ? null : recoveryChart(view, Words.current());
    }

    public String recoveryWords(InsightsView view) {
        return view == null ? "" : recoveryWords(view, Words.current());
    }

    /** The outcomes as the doughnut shows them, best first: the rows of its table of numbers ("Show the numbers"). */
    public List<Map.Entry<String, Long>> outcomes(InsightsView view) {
        return view == null ? List.of() : inOrder(view);
    }

    static List<Map.Entry<String, Long>> inOrder(InsightsView view) {
        return view.recoveryOutcomes().entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, Long> e) -> {
            int at = OUTCOME_ORDER.indexOf(e.getKey());
            return at < 0 ? OUTCOME_ORDER.size() : at;
        }).thenComparing(Map.Entry::getKey)).toList();
    }

    /** "Outcomes of the 3 recovery cases closed in this range: Delighted 2, Lost as a customer 1". */
    static String recoveryWords(InsightsView view, Locale locale) {
        long closed = view.recoveryOutcomes().values().stream().mapToLong(Long::longValue).sum();
        String each = inOrder(view).stream().map(e -> Words.text(locale, "label.report.outcomes." + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return Words.text(locale, closed == 1 ? "insights.outcomes.alt.one" : "insights.outcomes.alt.other", closed, each);
    }

    /**
     * A kind as the reports chart's legend and its table's columns name it: the administrator's name in the language,
     * else the bundle's short words ("Near miss", "Beinahe passiert").
     */
    static String kind(String kind, Locale locale, CategoriesView categories) {
        return CategoryWords.kind(categories, kind, locale, "insights.kinds.");
    }

    static String reportsChart(InsightsView view, Locale locale, CategoriesView categories) {
        List<String> months = view.reportsPerMonth().keySet().stream().sorted().toList();
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        months.forEach(m -> labels.add(month(m, locale)));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (String kind : LearningInsights.KINDS) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            months.forEach(m -> data.add(view.reportsPerMonth().get(m).getOrDefault(kind, 0L)));
            datasets.add(JSON.createObjectBuilder().add("label", kind(kind, locale, categories)).add("data", data)
                    .add("backgroundColor", KIND_COLOURS.get(kind)).add("stack", "reports"));
        }
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("x", JSON.createObjectBuilder().add("stacked", true))
                .add("y", JSON.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                        .add("ticks", JSON.createObjectBuilder().add("precision", 0)));
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder().add("responsive", true).add("scales", scales)
                        .add("plugins", JSON.createObjectBuilder().add("title", JSON.createObjectBuilder().add("display", true)
                                .add("text", Words.text(locale, "insights.numbers.reports"))))).build().toString()
                // The legend holds an administrator's names (ADR 51) and the model is written into a script: no "</script>" can end it.
                .replace("<", "\\u003c");
    }

    static String recoveryChart(InsightsView view, Locale locale) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (Map.Entry<String, Long> e : inOrder(view)) {
            labels.add(Words.text(locale, "label.report.outcomes." + e.getKey()));
            data.add(e.getValue());
        }
        return JSON.createObjectBuilder().add("type", "doughnut")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("data", data).add("backgroundColor", JSON.createArrayBuilder()
                                .add("#16a34a").add("#2563eb").add("#64748b").add("#c2410c").add("#ca8a04").add("#a855f7")))))
                .add("options", JSON.createObjectBuilder().add("responsive", true).add("plugins", JSON.createObjectBuilder()
                        .add("title", JSON.createObjectBuilder().add("display", true).add("text", Words.text(locale, "insights.outcomes.title")))))
                .build().toString();
    }
}
