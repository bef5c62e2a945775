package dimple.web.identity;

import dimple.application.identity.MailService;
import dimple.application.shared.MailPreferences;
import dimple.web.shared.PagedTable;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The mail failures on the audit page, a page at a time, latest failure first: kinds of error only (docs/adr/0030). */
@Named
@ViewScoped
public class MailFailures implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of the table (admin/audit.xhtml). */
    static final int ROWS = 20;

    @Inject
    MailService mail;

    private PagedTable<MailPreferences.Failure> list;

    @PostConstruct
    void init() {
        list = new PagedTable<>(ROWS, (page, size) -> mail.failures(page, size));
    }

    public PagedTable<MailPreferences.Failure> getList() {
        return list;
    }
}
