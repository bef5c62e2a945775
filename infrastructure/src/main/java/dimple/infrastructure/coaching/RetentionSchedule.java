package dimple.infrastructure.coaching;

import dimple.application.coaching.CoachingRetention;
import dimple.application.coaching.RetentionSweep;
import dimple.infrastructure.bootstrap.Schedules;
import dimple.infrastructure.retention.RetentionSweepSchedule;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Runs the coaching retention sweep once a day on the container's managed scheduler (no EJB timer):
 * first shortly after start, once the schema is migrated, then every 24 hours. A failed sweep is
 * logged and tried again the next day. {@code dimple.retention.first.delay.seconds} (environment
 * {@code DIMPLE_RETENTION_FIRST_DELAY_SECONDS}) moves the first run.
 */
@WebListener
public class RetentionSchedule implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());
    private static final Duration EVERY = Duration.ofDays(1);

    private Schedules.Scheduled scheduled;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        scheduled = Schedules.every("coaching-retention", EVERY, RetentionSweepSchedule.firstDelay(), "The coaching retention sweep",
                RetentionSchedule::sweep).orElse(null);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (scheduled != null) {
            scheduled.stop();
        }
    }

    private static void sweep() {
        RetentionSweep done = CDI.current().select(CoachingRetention.class).get().sweep();
        LOG.info(() -> "Coaching retention sweep: deleted " + done.coachingRecords() + " coaching records and " + done.assessments()
                + " assessments retained until before " + done.day() + ".");
    }
}
