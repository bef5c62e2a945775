package dimple.web.review;

import dimple.application.review.ActionService;
import dimple.application.review.ActionView;
import dimple.application.review.ChangeActionStatus;
import dimple.web.shared.Messages;
import dimple.web.shared.PagedTable;
import dimple.web.shared.Words;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * What "my actions" and "team actions" share: a paged list of action items, open ones first with the
 * overdue leading, and moving one item on from its row (in progress, done, or not doing with a reason).
 */
public abstract class ActionBoard implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of the action table (WEB-INF/includes/action-table.xhtml). */
    static final int ROWS = 20;

    @Inject
    ActionService actions;

    @Inject
    ReviewLabels labels;

    private final Map<String, String> next = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();

    /** The items to show, one page at a time. */
    public abstract PagedTable<ActionView> getList();

    /** Where to go after an item moved on. */
    protected abstract String again();

    public String move(String actionId, long version) {
        ActionView moved = actions.move(new ChangeActionStatus(actionId, next.get(actionId), reasons.get(actionId), version));
        Messages.done(Words.text(Words.current(), "done.actionMoved", moved.title(), labels.actionState(moved.status())));
        return again();
    }

    /** The state chosen in each row, by action id. */
    public Map<String, String> getNext() {
        return next;
    }

    /** The reason typed in each row, by action id. */
    public Map<String, String> getReasons() {
        return reasons;
    }
}
