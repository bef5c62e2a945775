package dimple.web.shared;

import dimple.application.identity.AccountService;
import dimple.application.identity.MeView;
import dimple.application.shared.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    /**
     * Whose drafts this browser tab may show (drafts.js, ADR 23): a digest of the username, so that a
     * draft typed by one person is never put back for another who signs in on the same tab.
     */
    public String getDraftOwner() {
        if (me == null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(me.username().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public boolean may(String permission) {
        return me != null && me.may(permission);
    }

    public boolean hasRole(String role) {
        return me != null && me.hasRole(role);
    }
}
