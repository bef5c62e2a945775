package dimple.web.reporting;

import dimple.application.reporting.InboxFilter;
import dimple.application.reporting.ReportSummary;
import dimple.application.reporting.ReportingService;
import dimple.web.shared.PagedTable;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The reports of the teams a leader leads, newest first, filtered by words, team, state, kind, impact and
 * dates. It opens on the reports awaiting triage, the work a leader comes for; "All" shows every state.
 */
@Named
@ViewScoped
public class TeamInbox implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of the table (report/inbox.xhtml). */
    static final int ROWS = 20;

    @Inject
    ReportingService reporting;
    @Inject
    ReportLabels labels;

    private String team;
    /** What the inbox shows first. */
    static final String FIRST_SHOWN = "SUBMITTED";

    private String words;
    private String status = FIRST_SHOWN;
    private String kind;
    private String customerImpact;
    private LocalDate from;
    private LocalDate to;
    private PagedTable<ReportSummary> list;

    @PostConstruct
    void init() {
        list = new PagedTable<>(ROWS, (page, size) -> reporting.inbox(new InboxFilter(team, status, kind, customerImpact, from, to, words), page, size));
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

    public PagedTable<ReportSummary> getList() {
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
