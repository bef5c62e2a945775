package dimple.web.learning;

import dimple.application.learning.InsightService;
import dimple.application.learning.InsightsView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The insights screen: learning-health figures for a team or the organisation. It keeps codes only (the kinds, the
 * months): the charts and their words are drawn in the reader's language when the page is drawn ({@link InsightWords}).
 */
@Named
@ViewScoped
public class LearningInsights implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The kinds of the reports chart, in its order (its stacks, and its table's columns). */
    static final List<String> KINDS = List.of("CUSTOMER_HARMED", "NO_HARM", "NEAR_MISS", "UNSAFE_CONDITION", "GOOD_CATCH");

    @Inject
    InsightService insights;

    private String team;
    private LocalDate from;
    private LocalDate to;
    private InsightsView view;
    private List<String> months = List.of();

    /** f:viewAction, and the "Show" button. */
    public void load() {
        view = insights.insights(team, from, to);
        from = view.from();
        to = view.to();
        months = view.reportsPerMonth().keySet().stream().sorted().toList();
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
