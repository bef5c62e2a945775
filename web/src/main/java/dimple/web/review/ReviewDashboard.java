package dimple.web.review;

import dimple.application.review.ActionCounts;
import dimple.application.review.ActionService;
import dimple.application.review.ActionView;
import dimple.application.shared.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** What the dashboard shows of action items: the counts on the tiles and the overdue items. */
@Named
@RequestScoped
public class ReviewDashboard {
    @Inject
    CurrentUser currentUser;

    @Inject
    ActionService actions;

    private ActionCounts counts = new ActionCounts(0, 0, 0);
    private List<ActionView> overdue = List.of();

    @PostConstruct
    void load() {
        if (currentUser.username().isPresent()) {
            counts = actions.counts();
            overdue = actions.overdue();
        }
    }

    public ActionCounts getCounts() {
        return counts;
    }

    public List<ActionView> getOverdue() {
        return overdue;
    }
}
