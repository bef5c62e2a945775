package dimple.infrastructure.identity;

import dimple.application.identity.SignInUpkeep;
import dimple.infrastructure.bootstrap.Schedules;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;

/** Every hour, removes ended sessions and forgotten counts of failed sign-ins. */
@WebListener
public class SignInUpkeepSchedule implements ServletContextListener {
    private Schedules.Scheduled scheduled;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        scheduled = Schedules.every("sign-in-upkeep", Duration.ofHours(1), Duration.ofMinutes(5), "Tidying ended sessions and old sign-in counts",
                () -> CDI.current().select(SignInUpkeep.class).get().tidy()).orElse(null);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (scheduled != null) {
            scheduled.stop();
        }
    }
}
