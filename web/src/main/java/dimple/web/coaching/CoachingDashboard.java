package dimple.web.coaching;

import dimple.application.coaching.CoachingService;
import dimple.application.shared.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The number on the dashboard's "Records about me" badge: records shared with the person that wait for their answer. */
@Named
@RequestScoped
public class CoachingDashboard {
    @Inject
    CurrentUser currentUser;

    @Inject
    CoachingService coaching;

    private long awaiting;

    @PostConstruct
    void load() {
        if (currentUser.username().isPresent() && currentUser.isPermitted("coaching:acknowledge")) {
            awaiting = coaching.awaitingMyAnswer();
        }
    }

    public long getAwaiting() {
        return awaiting;
    }
}
