package dimple.web.reporting;

import dimple.application.reporting.ReportSummary;
import dimple.application.reporting.ReportingService;
import dimple.web.shared.PagedList;
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

    @Inject
    ReportingService reporting;

    private PagedList<ReportSummary> list;

    @PostConstruct
    void init() {
        list = new PagedList<>((page, size) -> reporting.mine(page, size));
    }

    public PagedList<ReportSummary> getList() {
        return list;
    }
}
