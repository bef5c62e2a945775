package dimple.infrastructure.shared.mail;

import dimple.infrastructure.bootstrap.Schedules;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The sender of mail and webhooks every {@code DIMPLE_MAIL_SEND_EVERY_SECONDS} (30 s by default) under the
 * {@code mail-sender} lease, and the sweep for due and overdue work every
 * {@code DIMPLE_MAIL_SWEEP_EVERY_SECONDS} (15 minutes) under {@code due-sweep}. Claims would keep two
 * senders from sending the same row even without the lease.
 */
@WebListener
public class MailSchedule implements ServletContextListener {
    /** At most this many rows per round; a full round starts the next at once. */
    static final int ROUND = 100;
    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());
    private final List<Schedules.Scheduled> scheduled = new ArrayList<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        MailSettings settings = CDI.current().select(MailSettings.class).get();
        long sweepEvery = ConfigProvider.getConfig().getOptionalValue("dimple.mail.sweep.every.seconds", Long.class).orElse(900L);
        Schedules.every("mail-sender", Duration.ofSeconds(settings.sendEverySeconds()), Duration.ofSeconds(Math.min(10, settings.sendEverySeconds())),
                "Sending mail", MailSchedule::send).ifPresent(scheduled::add);
        Schedules.every("due-sweep", Duration.ofSeconds(sweepEvery), Duration.ofSeconds(Math.min(30, sweepEvery)),
                "Noticing due and overdue work", MailSchedule::sweep).ifPresent(scheduled::add);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        scheduled.forEach(Schedules.Scheduled::stop);
    }

    static void send() {
        MailSender sender = CDI.current().select(MailSender.class).get();
        int total = 0;
        int claimed;
        do {
            claimed = sender.sendDue(ROUND);
            total += claimed;
        } while (claimed == ROUND);
        int count = total;
        if (count > 0) {
            LOG.info(() -> count + " queued mails handled.");
        }
    }

    static void sweep() {
        DueSweep.Noticed noticed = CDI.current().select(DueSweep.class).get().sweep();
        LOG.fine(() -> "Due sweep: " + noticed);
    }
}
