package dimple.web.review;

import dimple.application.learning.InboxService;
import dimple.application.review.ActionCounts;
import dimple.application.review.ActionService;
import dimple.application.review.ActionView;
import dimple.application.shared.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** What the dashboard shows of actions and notifications: the counts on the tiles, the overdue items and the unread notifications. */
@Named
@RequestScoped
public class ReviewDashboard {
    @Inject
    CurrentUser currentUser;

    @Inject
    ActionService actions;

    @Inject
    InboxService inbox;

    private ActionCounts counts = new ActionCounts(0, 0, 0);
    private List<ActionView> overdue = List.of();
    private long unread;

    @PostConstruct
    void load() {
        if (currentUser.username().isPresent()) {
            counts = actions.counts();
            overdue = actions.overdue();
            unread = inbox.unread();
        }
    }

    public ActionCounts getCounts() {
        return counts;
    }

    public List<ActionView> getOverdue() {
        return overdue;
    }

    public long getUnread() {
        return unread;
    }
}
