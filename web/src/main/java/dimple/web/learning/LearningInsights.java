package dimple.web.learning;

import dimple.application.learning.InsightService;
import dimple.application.learning.InsightsView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The insights screen: learning-health figures and charts (Chart.js models for p:chart) for a team or the organisation. */
@Named
@ViewScoped
public class LearningInsights implements Serializable {
    /** Looked up once: {@code Json.create...} scans the class path for it on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final long serialVersionUID = 1L;
    private static final List<String> KINDS = List.of("CUSTOMER_HARMED", "NO_HARM", "NEAR_MISS", "UNSAFE_CONDITION", "GOOD_CATCH");
    private static final Map<String, String> KIND_LABELS = Map.of("CUSTOMER_HARMED", "Customer harmed", "NO_HARM", "No harm",
            "NEAR_MISS", "Near miss", "UNSAFE_CONDITION", "Unsafe condition", "GOOD_CATCH", "Good catch");
    private static final Map<String, String> KIND_COLOURS = Map.of("CUSTOMER_HARMED", "#c2410c", "NO_HARM", "#64748b",
            "NEAR_MISS", "#2563eb", "UNSAFE_CONDITION", "#ca8a04", "GOOD_CATCH", "#16a34a");

    @Inject
    InsightService insights;

    private String team;
    private LocalDate from;
    private LocalDate to;
    private InsightsView view;
    private String reportsChart;
    private List<String> months = List.of();

    /** f:viewAction, and the "Show" button. */
    public void load() {
        view = insights.insights(team, from, to);
        from = view.from();
        to = view.to();
        reportsChart = reportsChart(view);
        months = view.reportsPerMonth().keySet().stream().sorted().toList();
    }

    static String reportsChart(InsightsView view) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        view.reportsPerMonth().keySet().stream().sorted().forEach(labels::add);
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (String kind : KINDS) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            view.reportsPerMonth().keySet().stream().sorted().forEach(m -> data.add(view.reportsPerMonth().get(m).getOrDefault(kind, 0L)));
            datasets.add(JSON.createObjectBuilder().add("label", KIND_LABELS.get(kind)).add("data", data)
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
                                .add("text", "Reports per month, by kind")))).build().toString();
    }

    public String kindLabel(String kind) {
        return KIND_LABELS.getOrDefault(kind, kind);
    }

    /** The months of the reports chart, oldest first: the rows of its table of numbers ("Show the numbers"). */
    public List<String> getMonths() {
        return months;
    }

    /** The kinds of the reports chart, in its order: the columns of its table of numbers. */
    public List<String> getKinds() {
        return KINDS;
    }

    /** Reports of this kind in this month, as the chart's bar shows it. */
    public long count(String month, String kind) {
        return view.reportsPerMonth().getOrDefault(month, Map.of()).getOrDefault(kind, 0L);
    }

    /** All reports of this month: the height of the chart's stacked bar. */
    public long monthTotal(String month) {
        return view.reportsPerMonth().getOrDefault(month, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public InsightsView getView() {
        return view;
    }

    public String getReportsChart() {
        return reportsChart;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
