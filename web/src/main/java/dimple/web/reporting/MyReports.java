package dimple.web.reporting;

import dimple.application.reporting.ReportSummary;
import dimple.application.reporting.ReportingService;
import dimple.web.shared.PagedTable;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The reports one filed, named and confidential, newest first, with questions waiting for an answer. */
@Named
@ViewScoped
public class MyReports implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of the table (report/mine.xhtml). */
    static final int ROWS = 20;

    @Inject
    ReportingService reporting;

    private PagedTable<ReportSummary> list;

    @PostConstruct
    void init() {
        list = new PagedTable<>(ROWS, (page, size) -> reporting.mine(page, size));
    }

    public PagedTable<ReportSummary> getList() {
        return list;
    }
}
