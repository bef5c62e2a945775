package dimple.web.recovery;

import dimple.application.recovery.RecoveryCounts;
import dimple.application.recovery.RecoveryService;
import dimple.application.shared.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The numbers on the dashboard's recovery badge: recoveries overdue and due soon. */
@Named
@RequestScoped
public class RecoveryDashboard {
    @Inject
    CurrentUser currentUser;

    @Inject
    RecoveryService recoveries;

    private RecoveryCounts due = new RecoveryCounts(0, 0);

    @PostConstruct
    void load() {
        if (currentUser.username().isPresent()) {
            due = recoveries.counts();
        }
    }

    public RecoveryCounts getDue() {
        return due;
    }
}
