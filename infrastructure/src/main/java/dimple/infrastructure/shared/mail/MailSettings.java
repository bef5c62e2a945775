package dimple.infrastructure.shared.mail;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How Dimple reaches its mail server, from the environment (docs/DEPLOYMENT.md): {@code DIMPLE_SMTP_HOST},
 * {@code _PORT}, {@code _SECURITY} ({@code none}, {@code starttls} or {@code smtps}), {@code _USER},
 * {@code _PASSWORD}, {@code DIMPLE_MAIL_FROM}, and the address links in mails start with
 * ({@code DIMPLE_MAIL_LINK_URL}, else {@code DIMPLE_PUBLIC_URL}). {@code DIMPLE_SMTP_TRUST_CERTIFICATE} names a file
 * of PEM certificates to trust for the server instead of the JVM's authorities (a private CA or a self-signed
 * server). Without a host, a from address and a link address, mail is off: nothing is queued, and the admin page
 * says why.
 *
 * @param digestHourUtc the hour (UTC) at which the day's digests go out
 * @param digestEverySeconds how far apart digests go out from that hour on ({@code DIMPLE_MAIL_DIGEST_EVERY_SECONDS}): a day
 *        by default; shorter for a demo or a test, so that a digest can be seen without waiting a day
 * @param sendEverySeconds how often the sender looks for due mail
 * @param trustCertificate a file of PEM certificates that alone are trusted for the server's TLS; null: the JVM's authorities
 */
public record MailSettings(String host, int port, Security security, String user, String password, String from, String linkBase,
                           int digestHourUtc, long sendEverySeconds, String trustCertificate, long digestEverySeconds) {
    /** A day: one digest a day, at the digest hour. */
    public static final long DAILY = 86_400;

    public MailSettings {
        if (digestEverySeconds < 1 || digestEverySeconds > DAILY) {
            throw new IllegalArgumentException("DIMPLE_MAIL_DIGEST_EVERY_SECONDS must be between 1 and " + DAILY);
        }
    }

    public enum Security { NONE, STARTTLS, SMTPS }

    /** Settings that trust the JVM's certificate authorities. */
    public MailSettings(String host, int port, Security security, String user, String password, String from, String linkBase,
                        int digestHourUtc, long sendEverySeconds) {
        this(host, port, security, user, password, from, linkBase, digestHourUtc, sendEverySeconds, null, DAILY);
    }

    /** Mail is off: no settings at all. */
    public static final MailSettings OFF = new MailSettings(null, 0, Security.NONE, null, null, null, null, 7, 30);

    public static MailSettings read() {
        Config config = ConfigProvider.getConfig();
        Security security = config.getOptionalValue("dimple.smtp.security", String.class)
                .map(s -> Security.valueOf(s.strip().toUpperCase(Locale.ROOT))).orElse(Security.STARTTLS);
        String link = config.getOptionalValue("dimple.mail.link.url", String.class)
                .or(() -> config.getOptionalValue("dimple.public.url", String.class)).map(String::strip).orElse(null);
        return new MailSettings(config.getOptionalValue("dimple.smtp.host", String.class).map(String::strip).orElse(null),
                config.getOptionalValue("dimple.smtp.port", Integer.class).orElse(security == Security.SMTPS ? 465 : 587),
                security,
                config.getOptionalValue("dimple.smtp.user", String.class).orElse(null),
                config.getOptionalValue("dimple.smtp.password", String.class).orElse(null),
                config.getOptionalValue("dimple.mail.from", String.class).map(String::strip).orElse(null),
                link == null ? null : (link.endsWith("/") ? link : link + "/"),
                config.getOptionalValue("dimple.mail.digest.hour", Integer.class).orElse(7),
                config.getOptionalValue("dimple.mail.send.every.seconds", Long.class).orElse(30L),
                config.getOptionalValue("dimple.smtp.trust.certificate", String.class).map(String::strip).filter(s -> !s.isEmpty()).orElse(null),
                config.getOptionalValue("dimple.mail.digest.every.seconds", Long.class).orElse(DAILY));
    }

    /** Why mail is off, as a message code for the admin page; empty when it is on. */
    public Optional<String> offBecause() {
        if (blank(host)) {
            return Optional.of("mail.off.noHost");
        }
        if (blank(from)) {
            return Optional.of("mail.off.noFrom");
        }
        if (blank(linkBase)) {
            return Optional.of("mail.off.noLinkAddress");
        }
        return Optional.empty();
    }

    /**
     * Why mail is off, in an English sentence for the log (the admin page and the API say it in the reader's
     * language from the same code); empty when it is on.
     */
    public Optional<String> offSentence() {
        return offBecause().map(MailSettings::sentence);
    }

    static String sentence(String code) {
        return switch (code) {
            case "mail.off.noHost" -> "Mail is off: no SMTP server is configured (DIMPLE_SMTP_HOST).";
            case "mail.off.noFrom" -> "Mail is off: no sender address is configured (DIMPLE_MAIL_FROM).";
            case "mail.off.noLinkAddress" -> "Mail is off: no address for links in mails is configured (DIMPLE_MAIL_LINK_URL or DIMPLE_PUBLIC_URL).";
            default -> throw new IllegalArgumentException(code);
        };
    }

    public boolean enabled() {
        return offBecause().isEmpty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", security=" + security + ", user=" + (user == null ? "unset" : "set")
                + ", password=" + (password == null ? "unset" : "set") + ", from=" + from
                + (trustCertificate == null ? "" : ", trusting " + trustCertificate) + "]";
    }
}
