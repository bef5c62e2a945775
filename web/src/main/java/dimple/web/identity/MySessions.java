package dimple.web.identity;

import dimple.application.identity.AccountService;
import dimple.application.identity.MeView;
import dimple.application.identity.SessionService;
import dimple.application.identity.SessionView;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "Where you are signed in": one's own sessions, ending one or all the others, and the state of one's password. */
@Named
@ViewScoped
public class MySessions implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SessionService sessions;

    @Inject
    AccountService accounts;

    private List<SessionView> list = List.of();
    private MeView me;

    /** f:viewAction */
    public void load() {
        list = sessions.mine();
        me = accounts.me();
    }

    public void end(String sessionId) {
        sessions.endMine(sessionId);
        list = sessions.mine();
        Messages.done(Words.text(Words.current(), "done.sessionSignedOut"));
    }

    public void endOthers() {
        int ended = sessions.endMyOthers();
        list = sessions.mine();
        Messages.done(ended == 0 ? Words.text(Words.current(), "done.signedInNowhereElse")
                : Words.text(Words.current(), "done.signedOutElsewhere", ended));
    }

    public List<SessionView> getList() {
        return list;
    }

    public MeView getMe() {
        return me;
    }
}
