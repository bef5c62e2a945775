package dimple.web.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dimple.web.container.ContainerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server (GreenMail) for the container's mail, started in the failsafe JVM when the first test
 * session opens, before the first Arquillian class starts Payara, on a free loopback port that it hands to that
 * server as {@code dimple.smtp.port}, with digests every {@link #DIGEST_EVERY_SECONDS} ({@link ContainerSettings}: each fork of the build has a server and an SMTP
 * server of its own). It runs until the JVM exits: a fork may open a session per test class, and the server it
 * started keeps the port it was given. Outside failsafe ({@code dimple.test.smtp} not set) it starts nothing.
 */
public class MailServerForTests implements LauncherSessionListener {
    private static final Logger LOG = Logger.getLogger(MailServerForTests.class.getName());
    /**
     * How far apart digests go out on the test servers ({@code dimple.mail.digest.every.seconds}), so that a test
     * sees a digest without waiting a day; with the digest hour 7 they go out at multiples of it since the epoch.
     */
    public static final long DIGEST_EVERY_SECONDS = 30;
    private static volatile GreenMail server;

    /** The running server, if this test JVM has one. */
    public static Optional<GreenMail> server() {
        return Optional.ofNullable(server);
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        synchronized (MailServerForTests.class) {
            if (!Boolean.getBoolean("dimple.test.smtp") || server != null) {
                return;
            }
            int port = freePort();
            GreenMail started = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            started.start();
            server = started;
            ContainerSettings.give("dimple.smtp.port", String.valueOf(port));
            ContainerSettings.give("dimple.mail.digest.every.seconds", String.valueOf(DIGEST_EVERY_SECONDS));
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop the test SMTP server"));
            LOG.info(() -> "Test SMTP server on 127.0.0.1:" + port);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
