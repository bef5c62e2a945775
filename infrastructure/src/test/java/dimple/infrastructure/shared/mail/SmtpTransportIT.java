package dimple.infrastructure.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SMTP connection as an operator configures it (DIMPLE_SMTP_*), against a real server (GreenMail) outside the
 * container: SMTPS with the server's own self-signed certificate, trusted through DIMPLE_SMTP_TRUST_CERTIFICATE
 * and refused without it or under another name; STARTTLS never falls back to plain text. GreenMail 2.1.13 offers
 * no STARTTLS, so a STARTTLS session that succeeds is not shown here (docs/mail.md says so).
 */
class SmtpTransportIT {
    private static final String PASSWORD = "smtp secret";
    private static Path folder;
    private static Path certificate;
    private static GreenMail smtps;
    private static GreenMail plain;

    @BeforeAll
    static void serversWithACertificateOfTheirOwn() throws Exception {
        folder = Files.createTempDirectory("dimple-smtp-tls");
        Path keystore = folder.resolve("server.p12");
        certificate = folder.resolve("server.pem");
        // A self-signed certificate for the name "localhost" only (not for 127.0.0.1), as a small mail server might have.
        keytool("-genkeypair", "-alias", "mail", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-keypass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "mail", "-keystore", keystore.toString(), "-storepass", "changeit", "-file", certificate.toString());
        // GreenMail reads its TLS key store once per JVM, from these properties.
        System.setProperty("greenmail.tls.keystore.file", keystore.toString());
        System.setProperty("greenmail.tls.keystore.password", "changeit");
        System.setProperty("greenmail.tls.key.password", "changeit");
        smtps = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        smtps.setUser("dimple", PASSWORD);
        smtps.start();
        plain = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        plain.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (smtps != null) {
            smtps.stop();
        }
        if (plain != null) {
            plain.stop();
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @BeforeEach
    void empty() throws Exception {
        smtps.purgeEmailFromAllMailboxes();
        plain.purgeEmailFromAllMailboxes();
    }

    private static MailSettings settings(String host, int port, MailSettings.Security security, String trust) {
        return new MailSettings(host, port, security, "dimple", PASSWORD, "Dimple <dimple@dimple.test>", "https://dimple.test/", 7, 30, trust,
                MailSettings.DAILY);
    }

    private static MailTransport.Mail mail() {
        return new MailTransport.Mail("<m1@dimple.invalid>", "emma@dimple.test", "A question about R-2026-000001", "plain words",
                "<p>html words</p>", "https://dimple.test/unsubscribe?t=x");
    }

    @Test
    void smtps_withTheServersOwnCertificateTrusted_sendsOverTls_signedIn() throws Exception {
        new SmtpTransport(settings("localhost", smtps.getSmtps().getPort(), MailSettings.Security.SMTPS, certificate.toString())).send(mail());

        assertThat(smtps.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = smtps.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("A question about R-2026-000001");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("emma@dimple.test");
        assertThat(received.getHeader("Message-ID")[0]).isEqualTo("<m1@dimple.invalid>");
    }

    @Test
    void smtps_withoutTrustingTheCertificate_isRefused_andNothingIsSent() {
        assertThatThrownBy(() -> new SmtpTransport(settings("localhost", smtps.getSmtps().getPort(), MailSettings.Security.SMTPS, null)).send(mail()))
                .as("the JVM's authorities do not know a self-signed certificate").isInstanceOf(MessagingException.class);
        assertThat(smtps.getReceivedMessages()).isEmpty();
    }

    @Test
    void smtps_aTrustedCertificateForAnotherName_isStillRefused() {
        assertThatThrownBy(() -> new SmtpTransport(settings("127.0.0.1", smtps.getSmtps().getPort(), MailSettings.Security.SMTPS,
                certificate.toString())).send(mail())).as("the certificate names localhost, not 127.0.0.1").isInstanceOf(MessagingException.class);
        assertThat(smtps.getReceivedMessages()).isEmpty();
    }

    @Test
    void starttls_withAServerThatOffersNoTls_neverSendsInPlainText() {
        assertThatThrownBy(() -> new SmtpTransport(settings("localhost", plain.getSmtp().getPort(), MailSettings.Security.STARTTLS,
                certificate.toString())).send(mail())).isInstanceOf(MessagingException.class);
        assertThat(plain.getReceivedMessages()).as("no fallback to plain text").isEmpty();
    }

    @Test
    void none_sendsInPlainText_toATrustedNetworksServer() throws Exception {
        new SmtpTransport(new MailSettings("127.0.0.1", plain.getSmtp().getPort(), MailSettings.Security.NONE, null, null,
                "dimple@dimple.test", "https://dimple.test/", 7, 30)).send(mail());
        assertThat(plain.waitForIncomingEmail(5000, 1)).isTrue();
    }

    @Test
    void aTrustFileWithoutACertificate_isRefused_namingTheSetting() throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.pem"), "not a certificate\n");
        assertThatThrownBy(() -> new SmtpTransport(settings("localhost", 465, MailSettings.Security.SMTPS, empty.toString())))
                .hasMessageContaining("DIMPLE_SMTP_TRUST_CERTIFICATE");
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
