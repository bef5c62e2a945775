package dimple.infrastructure.coaching;

import dimple.application.coaching.CoachingRetention;
import dimple.application.coaching.RetentionSweep;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs the coaching retention sweep once a day on the container's managed scheduler (no EJB timer):
 * first shortly after start, once the schema is migrated, then every 24 hours. A failed sweep is
 * logged and tried again the next day. {@code dimple.retention.first.delay.seconds} (environment
 * {@code DIMPLE_RETENTION_FIRST_DELAY_SECONDS}) moves the first run.
 */
@WebListener
public class RetentionSchedule implements ServletContextListener {
    static final String SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";
    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());
    private static final Duration EVERY = Duration.ofDays(1);
    private static final long DEFAULT_FIRST_DELAY_SECONDS = 60;

    private ScheduledFuture<?> scheduled;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        long firstDelay = ConfigProvider.getConfig().getOptionalValue("dimple.retention.first.delay.seconds", Long.class)
                .orElse(DEFAULT_FIRST_DELAY_SECONDS);
        try {
            ManagedScheduledExecutorService scheduler = (ManagedScheduledExecutorService) new InitialContext().lookup(SCHEDULER);
            scheduled = scheduler.scheduleAtFixedRate(RetentionSchedule::sweep, firstDelay, EVERY.toSeconds(), TimeUnit.SECONDS);
            LOG.info(() -> "Coaching retention sweep scheduled daily, first in " + firstDelay + " s.");
        } catch (NamingException e) {
            LOG.log(Level.SEVERE, "No managed scheduler at " + SCHEDULER + ": coaching records past retention are not deleted", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    private static void sweep() {
        try {
            RetentionSweep done = CDI.current().select(CoachingRetention.class).get().sweep();
            LOG.info(() -> "Coaching retention sweep: deleted " + done.coachingRecords() + " coaching records and " + done.assessments()
                    + " assessments retained until before " + done.day() + ".");
        } catch (RuntimeException e) {
            // Never let an exception end the schedule: the next day tries again.
            LOG.log(Level.SEVERE, "The coaching retention sweep failed; it runs again tomorrow.", e);
        }
    }
}
