package dimple.web.learning;

import dimple.application.learning.InsightsView;
import dimple.web.shared.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The recovery doughnut of the insights page in the page's language: the outcomes of the cases closed in the
 * range, from the best to the worst, as a chart and in words for those who cannot see it. Drawn when the page
 * is drawn, so the view kept in the session ({@link LearningInsights}) holds no words.
 */
@Named
@ApplicationScoped
public class InsightWords {
    private static final JsonProvider JSON = JsonProvider.provider();
    /** As the recovery pages list the outcomes; any other name after them. */
    private static final List<String> OUTCOME_ORDER = List.of("DELIGHTED", "SATISFIED", "STILL_UNHAPPY", "LOST", "UNKNOWN");

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
