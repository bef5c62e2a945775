package dimple.infrastructure.retention;

import dimple.application.retention.RetentionRun;
import dimple.application.retention.SweptView;
import dimple.infrastructure.bootstrap.Schedules;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs the retention sweep of every kind of record (docs/adr/0052) once a day and once per cluster, under the work
 * lease {@code retention}: first as long after start as the coaching sweep ({@code dimple.retention.first.delay.seconds},
 * environment {@code DIMPLE_RETENTION_FIRST_DELAY_SECONDS}), then every 24 hours. The log line says counts only.
 */
@WebListener
public class RetentionSweepSchedule implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(RetentionSweepSchedule.class.getName());
    private static final Duration EVERY = Duration.ofDays(1);
    private static final long DEFAULT_FIRST_DELAY_SECONDS = 60;

    private Schedules.Scheduled scheduled;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        scheduled = Schedules.every("retention", EVERY, firstDelay(), "The retention sweep", RetentionSweepSchedule::sweep).orElse(null);
    }

    /** How long after start the daily retention sweeps first run: {@code dimple.retention.first.delay.seconds}, 60 s unless set. */
    public static Duration firstDelay() {
        return Duration.ofSeconds(ConfigProvider.getConfig().getOptionalValue("dimple.retention.first.delay.seconds", Long.class)
                .orElse(DEFAULT_FIRST_DELAY_SECONDS));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (scheduled != null) {
            scheduled.stop();
        }
    }

    private static void sweep() {
        List<SweptView> done = CDI.current().select(RetentionRun.class).get().sweep();
        LOG.info(() -> "Retention sweep: " + done.stream().map(d -> d.recordType() + " " + d.treatment().toLowerCase(java.util.Locale.ROOT) + "d " + d.count())
                .collect(Collectors.joining(", ")) + ".");
    }
}
