package dimple.web.coaching;

import dimple.application.coaching.CoachingExportService;
import dimple.application.coaching.CoachingFilter;
import dimple.application.coaching.CoachingRecordSummary;
import dimple.application.coaching.CoachingService;
import dimple.application.coaching.ExportRequest;
import dimple.application.coaching.ExportWords;
import dimple.web.shared.Downloads;
import dimple.web.shared.PlainPages;
import dimple.web.shared.Words;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * HR's list of coaching records, filtered by team, employee, days held and status, with the export of
 * the filtered set as CSV, XLSX or PDF. Every page shown and every export is audited.
 */
@Named
@ViewScoped
public class HrCoachingRecords implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int ROWS = 20;

    @Inject
    CoachingService coaching;

    @Inject
    CoachingExportService exports;

    private String team;
    private String employee;
    private LocalDate from;
    private LocalDate to;
    private String status;
    private List<String> teams = List.of();
    private PlainPages<CoachingRecordSummary> records;

    @PostConstruct
    void init() {
        records = new PlainPages<>(ROWS, (page, size) -> coaching.list(filter(), page, size));
    }

    /** f:viewAction */
    public void load() {
        teams = coaching.teamNames();
    }

    public void search() {
        records.refresh();
    }

    public void nextPage() {
        records.next();
    }

    public void previousPage() {
        records.previous();
    }

    public void exportCsv() {
        export("csv");
    }

    public void exportXlsx() {
        export("xlsx");
    }

    public void exportPdf() {
        export("pdf");
    }

    /**
     * Streams the download into the response, its own words in the page's language; a refusal before the
     * first byte becomes a message on the page.
     */
    private void export(String format) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale language = Words.current();
        ExportWords words = ExportWords.in(language, (code, args) -> Words.text(language, code, args));
        exports.export(new ExportRequest(format, filter()), words, Downloads.intoResponse(context));
        context.responseComplete();
    }

    private CoachingFilter filter() {
        return new CoachingFilter(team, employee, null, from, to, status);
    }

    public PlainPages<CoachingRecordSummary> getRecords() {
        return records;
    }

    public List<String> getTeams() {
        return teams;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getEmployee() {
        return employee;
    }

    public void setEmployee(String employee) {
        this.employee = employee;
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
