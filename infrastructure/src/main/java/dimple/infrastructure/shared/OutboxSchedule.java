package dimple.infrastructure.shared;

import dimple.infrastructure.bootstrap.Schedules;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every minute (and soon after start), the outbox messages that are due are handed on: those a use case
 * could not hand on itself, those written outside a use case, and failed ones whose pause is over. On
 * whichever instance holds the "outbox" lease; claims would keep two instances from handing on the same
 * message even without it.
 */
@WebListener
public class OutboxSchedule implements ServletContextListener {
    /** At most this many messages per round; a full round starts the next at once. */
    static final int ROUND = 200;
    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());
    private Schedules.Scheduled scheduled;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        scheduled = Schedules.every("outbox", Duration.ofMinutes(1), Duration.ofSeconds(20), "Handing on the outbox", OutboxSchedule::deliver)
                .orElse(null);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (scheduled != null) {
            scheduled.stop();
        }
    }

    static void deliver() {
        OutboxDelivery delivery = CDI.current().select(OutboxDelivery.class).get();
        int total = 0;
        int handled;
        do {
            handled = delivery.deliverDue(ROUND);
            total += handled;
        } while (handled == ROUND);
        int count = total;
        if (count > 0) {
            LOG.info(() -> count + " outbox messages handed on.");
        }
    }
}
