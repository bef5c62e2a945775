package dimple.web.audit;

import dimple.application.audit.AuditService;
import dimple.application.audit.AuditView;
import dimple.web.shared.PagedTable;
import dimple.web.shared.ReaderSettings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** The audit log for administrators: newest first, filtered by action, actor and dates (UTC). */
@Named
@ViewScoped
public class AuditLog implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of the table (admin/audit.xhtml). */
    static final int ROWS = 50;

    @Inject
    ReaderSettings reader;

    @Inject
    AuditService audit;

    private String action;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private PagedTable<AuditView> list;

    @PostConstruct
    void init() {
        list = new PagedTable<>(ROWS, (page, size) -> audit.search(action, actor,
                reader.startOf(from), to == null ? null : reader.startOf(to.plusDays(1)), page, size));
    }

    public void search() {
        list.refresh();
    }

    public PagedTable<AuditView> getList() {
        return list;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
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
