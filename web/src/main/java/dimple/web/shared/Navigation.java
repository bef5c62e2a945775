package dimple.web.shared;

import dimple.application.identity.AccountService;
import dimple.application.identity.MeView;
import dimple.application.shared.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is signed in, for the page frame: name, roles and which menu entries to show. */
@Named
@RequestScoped
public class Navigation {
    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    private MeView me;

    @PostConstruct
    void load() {
        if (currentUser.username().isPresent()) {
            me = accounts.me();
        }
    }

    public boolean isSignedIn() {
        return me != null;
    }

    public MeView getMe() {
        return me;
    }

    public String getDisplayName() {
        return me == null ? "" : me.displayName();
    }

    public boolean may(String permission) {
        return me != null && me.may(permission);
    }

    public boolean hasRole(String role) {
        return me != null && me.hasRole(role);
    }
}
