package dimple.web.reporting;

import dimple.application.reporting.CustomFieldService;
import dimple.application.reporting.CustomFieldView;
import dimple.application.reporting.InboxFilter;
import dimple.application.reporting.ReportExportService;
import dimple.application.reporting.CategoryService;
import dimple.application.reporting.ReportSummary;
import dimple.application.reporting.ReportingService;
import dimple.web.shared.Downloads;
import dimple.web.shared.PlainPages;
import dimple.web.shared.ReaderSettings;
import dimple.web.shared.Words;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports of the teams a leader leads, newest first, filtered by words, team, state, kind, impact, dates and an
 * answer to one of the teams' choice or yes/no custom fields. It opens on the reports awaiting triage, the work a leader comes for; "All" shows every state.
 */
@Named
@ViewScoped
public class TeamInbox implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of a page of the table (report/inbox.xhtml). */
    static final int ROWS = 20;

    @Inject
    ReportingService reporting;
    @Inject
    ReportLabels labels;
    @Inject
    CustomFieldService customFields;
    @Inject
    ReportExportService exports;
    @Inject
    ReaderSettings reader;
    @Inject
    CategoryService categories;

    private String team;
    /** What the inbox shows first. */
    static final String FIRST_SHOWN = "SUBMITTED";

    private String words;
    private String status = FIRST_SHOWN;
    private String kind;
    private String customerImpact;
    private LocalDate from;
    private LocalDate to;
    private PlainPages<ReportSummary> list;
    /** The answers to the teams' choice and yes/no fields one can filter by; {@link #answer} is the index of the chosen one. */
    private List<AnswerOption> answers = List.of();
    private String answer;

    /** One answer to filter by: its place in the list, the team, the field's key, the answer as the API takes it, the words shown. */
    public record AnswerOption(String index, String team, String field, String value, String label) implements Serializable {
    }

    @PostConstruct
    void init() {
        list = new PlainPages<>(ROWS, (page, size) -> reporting.inbox(filter(), page, size));
        List<AnswerOption> options = new ArrayList<>();
        for (CustomFieldView f : customFields.toFilterBy()) {
            String prefix = f.team() + " \u00B7 " + f.label() + (f.removed() ? " " + Words.text(Words.current(), "customFields.report.removed") : "") + ": ";
            List<String> values = f.type().equals("YES_NO") ? List.of("true", "false") : f.choices();
            for (String v : values) {
                String shown = v.equals("true") && f.type().equals("YES_NO") ? Words.text(Words.current(), "label.yes")
                        : v.equals("false") && f.type().equals("YES_NO") ? Words.text(Words.current(), "label.no") : v;
                options.add(new AnswerOption(String.valueOf(options.size()), f.team(), f.key(), v, prefix + shown));
            }
        }
        answers = List.copyOf(options);
    }

    /** The filter as the page shows it. */
    private InboxFilter filter() {
        AnswerOption chosen = chosenAnswer();
        return new InboxFilter(chosen == null ? team : chosen.team(), status, kind, customerImpact, from, to, words,
                chosen == null ? null : chosen.field(), chosen == null ? null : chosen.value());
    }

    /**
     * Downloads the reports of the current filter as CSV (the whole set, not the page), streamed; a bad filter is refused
     * as the table's filter is, before anything is sent.
     */
    public void exportCsv() {
        FacesContext context = FacesContext.getCurrentInstance();
        exports.export(filter(), new ReportExportWording(reader.getLocale(), reader.zone(), categories.definitions()), Downloads.intoResponse(context));
        context.responseComplete();
    }

    private AnswerOption chosenAnswer() {
        try {
            int index = answer == null ? -1 : Integer.parseInt(answer);
            return index >= 0 && index < answers.size() ? answers.get(index) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public List<AnswerOption> getAnswers() {
        return answers;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    /** The state in the address ({@code ?status=all} or a state's name), for a link or bookmark; anything else opens as usual. */
    public String getShown() {
        return status == null ? "all" : status;
    }

    public void setShown(String shown) {
        if ("all".equalsIgnoreCase(shown)) {
            status = null;
        } else if (shown != null && labels.getStatuses().contains(shown)) {
            status = shown;
        }
    }

    public void search() {
        list.refresh();
    }

    public void nextPage() {
        list.next();
    }

    public void previousPage() {
        list.previous();
    }

    public PlainPages<ReportSummary> getList() {
        return list;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCustomerImpact() {
        return customerImpact;
    }

    public void setCustomerImpact(String customerImpact) {
        this.customerImpact = customerImpact;
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
