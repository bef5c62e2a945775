package dimple.web.learning;

import dimple.application.learning.LessonCard;
import dimple.application.learning.LessonService;
import dimple.application.shared.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The dashboard's learning corner: "on this day", a lesson from this date in an earlier year (or one
 * nobody endorsed yet). The unread notifications are counted by {@link InboxBadge}.
 */
@Named
@RequestScoped
public class LearningDashboard {
    @Inject
    CurrentUser currentUser;

    @Inject
    LessonService lessons;

    private LessonCard onThisDay;

    @PostConstruct
    void load() {
        if (currentUser.username().isPresent() && currentUser.isPermitted("lesson:read")) {
            onThisDay = lessons.onThisDay().orElse(null);
        }
    }

    public LessonCard getOnThisDay() {
        return onThisDay;
    }
}
