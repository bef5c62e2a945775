package dimple.web.identity;

import dimple.application.identity.MailService;
import dimple.application.shared.MailPreferences;
import dimple.web.shared.Words;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The mail section of the audit page (docs/adr/0030): on or off and why, counts per kind, kinds of error; never an address or a content. */
@Named
@RequestScoped
public class MailStatus {
    @Inject
    MailService mail;

    private MailPreferences.Health health;

    public MailPreferences.Health getHealth() {
        if (health == null) {
            health = mail.queue();
        }
        return health;
    }

    /** "Mail is on." or why it is off, in words. */
    public String getState() {
        MailPreferences.Health h = getHealth();
        return Words.text(Words.current(), h.on() ? "mail.on" : h.offBecause());
    }
}
