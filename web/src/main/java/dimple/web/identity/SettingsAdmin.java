package dimple.web.identity;

import dimple.application.identity.OrganisationSettingsService;
import dimple.application.identity.OrganisationSettingsView;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The organisation's settings for administrators: switch each on or off (each change is audited by the service). */
@Named
@ViewScoped
public class SettingsAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationSettingsService settings;

    private boolean secondLeaderApprovesReviews;

    /** f:viewAction: only administrators get the page (others the 403 page, through the refusal handler). */
    public void load() {
        secondLeaderApprovesReviews = settings.current().secondLeaderApprovesReviews();
    }

    public String save() {
        settings.change(new OrganisationSettingsView(secondLeaderApprovesReviews));
        Messages.done(Words.text(Words.current(), "settings.saved"));
        return "/admin/settings?faces-redirect=true";
    }

    public boolean isSecondLeaderApprovesReviews() {
        return secondLeaderApprovesReviews;
    }

    public void setSecondLeaderApprovesReviews(boolean secondLeaderApprovesReviews) {
        this.secondLeaderApprovesReviews = secondLeaderApprovesReviews;
    }
}
