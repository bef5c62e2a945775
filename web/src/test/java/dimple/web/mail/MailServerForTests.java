package dimple.web.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Optional;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server (GreenMail) for the container's mail, started in the failsafe JVM when the test
 * session opens, before the first Arquillian class starts Payara, on the port Maven reserved
 * ({@code dimple.test.smtp.port}, also handed to the container as {@code DIMPLE_SMTP_PORT}), and stopped
 * when the session closes. Outside failsafe (no port set) it starts nothing.
 */
public class MailServerForTests implements LauncherSessionListener {
    private static final Logger LOG = Logger.getLogger(MailServerForTests.class.getName());
    private static volatile GreenMail server;

    /** The running server, if this test session has one. */
    public static Optional<GreenMail> server() {
        return Optional.ofNullable(server);
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("dimple.test.smtp.port");
        if (port == null || port.isBlank() || server != null) {
            return;
        }
        GreenMail started = new GreenMail(new ServerSetup(Integer.parseInt(port), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        started.start();
        server = started;
        LOG.info(() -> "Test SMTP server on 127.0.0.1:" + port);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        GreenMail running = server;
        server = null;
        if (running != null) {
            running.stop();
        }
    }
}
