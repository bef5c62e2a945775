package dimple.web.audit;

import dimple.application.audit.OutboxService;
import dimple.application.shared.OutboxHealth;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The outbox section of the audit page: read once per request, counts, ages and kinds of error only. */
@Named
@RequestScoped
public class OutboxStatus {
    @Inject
    OutboxService outbox;

    private OutboxHealth health;

    public OutboxHealth getHealth() {
        if (health == null) {
            health = outbox.health();
        }
        return health;
    }

    /** An age in seconds as a person reads it: "45 s", "12 min", "3 h", "2 d"; empty when there is none. */
    public String age(Long seconds) {
        if (seconds == null) {
            return "";
        }
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 120 * 60) {
            return seconds / 60 + " min";
        }
        if (seconds < 48 * 3600) {
            return seconds / 3600 + " h";
        }
        return seconds / 86400 + " d";
    }
}
