package dimple.web.review;

import dimple.application.review.ActionView;
import dimple.web.shared.PagedTable;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** "My actions": the signed-in person's action items, open ones first with the overdue leading. */
@Named
@ViewScoped
public class MyActions extends ActionBoard {
    private static final long serialVersionUID = 1L;

    private PagedTable<ActionView> list;

    @PostConstruct
    void init() {
        list = new PagedTable<>(ROWS, (page, size) -> actions.mine(page, size));
    }

    @Override
    public PagedTable<ActionView> getList() {
        return list;
    }

    @Override
    protected String again() {
        return "/action/mine?faces-redirect=true";
    }
}
