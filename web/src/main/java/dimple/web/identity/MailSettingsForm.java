package dimple.web.identity;

import dimple.application.identity.ChangeMailSettings;
import dimple.application.identity.MailService;
import dimple.application.identity.MailSettingsView;
import dimple.application.shared.MailChoice;
import dimple.application.shared.MailKind;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One's own mail settings (docs/adr/0030): the address, and per kind at once, daily digest or off. */
@Named
@RequestScoped
public class MailSettingsForm {
    private static final List<String> KINDS = Arrays.stream(MailKind.values()).map(Enum::name).toList();
    private static final List<String> CHOICES = Arrays.stream(MailChoice.values()).map(Enum::name).toList();

    @Inject
    MailService mail;

    private String email;
    private final Map<String, String> choices = new LinkedHashMap<>();
    private boolean mailOn;

    public void load() {
        MailSettingsView view = mail.mine();
        email = view.email();
        choices.putAll(view.choices());
        mailOn = view.mailOn();
    }

    public String save() {
        mail.changeMine(new ChangeMailSettings(email == null ? "" : email, new LinkedHashMap<>(choices)));
        Messages.done(Words.text(Words.current(), "done.mailSettingsSaved"));
        return "/account/mail?faces-redirect=true";
    }

    public List<String> getKinds() {
        return KINDS;
    }

    public List<String> getChoiceValues() {
        return CHOICES;
    }

    public String kindLabel(String kind) {
        return Words.text(Words.current(), "mail.kind." + kind);
    }

    public String choiceLabel(String choice) {
        return Words.text(Words.current(), "mail.choice." + choice);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public boolean isMailOn() {
        return mailOn;
    }
}
