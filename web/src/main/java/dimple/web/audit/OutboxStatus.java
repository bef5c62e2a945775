package dimple.web.audit;

import dimple.application.audit.OutboxService;
import dimple.application.shared.OutboxHealth;
import dimple.web.shared.Words;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

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

    /** An age in seconds as a person reads it, in the page's language: "45 s", "12 min", "3 h", "2 d"; empty when there is none. */
    public String age(Long seconds) {
        return age(seconds, Words.current());
    }

    static String age(Long seconds, Locale locale) {
        if (seconds == null) {
            return "";
        }
        if (seconds < 120) {
            return Words.text(locale, "outbox.age.seconds", seconds);
        }
        if (seconds < 120 * 60) {
            return Words.text(locale, "outbox.age.minutes", seconds / 60);
        }
        if (seconds < 48 * 3600) {
            return Words.text(locale, "outbox.age.hours", seconds / 3600);
        }
        return Words.text(locale, "outbox.age.days", seconds / 86400);
    }
}
