package dimple.web.identity;

import dimple.application.identity.AccountService;
import dimple.application.identity.AccountView;
import dimple.application.identity.SignInDelayView;
import dimple.web.shared.Messages;
import java.util.List;
import dimple.web.shared.PagedTable;
import dimple.web.shared.Words;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The list of accounts for administrators, with a search box. */
@Named
@ViewScoped
public class AccountDirectory implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of the table (admin/accounts.xhtml). */
    static final int ROWS = 20;

    @Inject
    AccountService accounts;

    private String query;
    private PagedTable<AccountView> list;
    private List<SignInDelayView> delays = List.of();

    @PostConstruct
    void init() {
        list = new PagedTable<>(ROWS, (page, size) -> accounts.list(query, page, size));
        delays = accounts.signInDelays();
    }

    public void clearDelay(String delayId) {
        accounts.clearSignInDelay(delayId);
        delays = accounts.signInDelays();
        Messages.done(Words.text(Words.current(), "done.waitLifted"));
    }

    public List<SignInDelayView> getDelays() {
        return delays;
    }

    public void search() {
        list.refresh();
    }

    public PagedTable<AccountView> getList() {
        return list;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
