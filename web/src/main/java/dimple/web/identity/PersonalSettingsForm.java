package dimple.web.identity;

import dimple.application.identity.ChangePersonalSettings;
import dimple.application.identity.PersonalSettingsService;
import dimple.application.identity.PersonalSettingsView;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** One's own language and time zone (ADR 45): empty for either means the browser's language, the organisation's zone. */
@Named
@RequestScoped
public class PersonalSettingsForm {
    /** Regions people live in (Area/City) and UTC, sorted; never the legacy and offset ids Java also knows. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.equals("UTC") || z.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+"))
            .sorted().toList();

    @Inject
    PersonalSettingsService settings;

    private PersonalSettingsView view;
    private String language;
    private String timeZone;

    public void load() {
        view = settings.mine();
        language = view.language() == null ? "" : view.language();
        timeZone = view.timeZone() == null ? "" : view.timeZone();
    }

    public String save() {
        PersonalSettingsView saved = settings.changeMine(new ChangePersonalSettings(language == null ? "" : language,
                timeZone == null ? "" : timeZone));
        Locale next = saved.language() == null ? Words.current() : Locale.forLanguageTag(saved.language());
        Messages.done(Words.text(next, "personal.saved"));
        return "/account/settings?faces-redirect=true";
    }

    public List<String> getLanguages() {
        return view == null ? PersonalSettingsService.LANGUAGES : view.languages();
    }

    /** A language by its own name ("Deutsch"), as people look for it. */
    public String languageLabel(String tag) {
        return Words.text(Locale.forLanguageTag(tag), "personal.language." + tag);
    }

    public List<String> getZones() {
        return ZONES;
    }

    public String getOrganisationTimeZone() {
        return view == null ? "UTC" : view.organisationTimeZone();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
