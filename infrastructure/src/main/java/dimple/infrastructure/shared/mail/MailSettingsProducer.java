package dimple.infrastructure.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.logging.Logger;

/** Reads the mail settings once at start. */
@ApplicationScoped
public class MailSettingsProducer {
    private static final Logger LOG = Logger.getLogger(MailSettingsProducer.class.getName());

    @Produces
    @Singleton
    MailSettings settings() {
        MailSettings settings = MailSettings.read();
        LOG.info(() -> startLine(settings));
        return settings;
    }

    /** What the log says at start: the settings (never the password) when mail is on, else why it is off, in words. */
    static String startLine(MailSettings settings) {
        return settings.enabled() ? "Mail is on: " + settings : settings.offSentence().orElseThrow();
    }
}
