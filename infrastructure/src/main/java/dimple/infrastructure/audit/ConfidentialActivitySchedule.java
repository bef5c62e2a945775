package dimple.infrastructure.audit;

import dimple.application.audit.ConfidentialActivityRelease;
import dimple.infrastructure.bootstrap.Schedules;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every hour (and soon after start), confidential reporters' activity of past days enters the audit
 * trail (docs/adr/0007). The log says how many entries, never which.
 */
@WebListener
public class ConfidentialActivitySchedule implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(ConfidentialActivitySchedule.class.getName());
    private Schedules.Scheduled scheduled;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        scheduled = Schedules.every("confidential-activity-release", Duration.ofHours(1), Duration.ofSeconds(30),
                "Releasing confidential reporters' past activity to the audit trail",
                ConfidentialActivitySchedule::release).orElse(null);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (scheduled != null) {
            scheduled.stop();
        }
    }

    static void release() {
        ConfidentialActivityRelease release = CDI.current().select(ConfidentialActivityRelease.class).get();
        int total = 0;
        int written;
        do {
            written = release.releasePastDays();
            total += written;
        } while (written > 0);
        int released = total;
        if (released > 0) {
            LOG.info(() -> released + " entries of confidential reporters' past activity entered the audit trail.");
        }
    }
}
