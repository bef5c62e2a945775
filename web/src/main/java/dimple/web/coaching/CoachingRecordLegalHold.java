package dimple.web.coaching;

import dimple.application.coaching.CoachingLegalHoldService;
import dimple.application.coaching.CoachingLegalHoldView;
import dimple.domain.identity.Permission;
import dimple.web.shared.Messages;
import dimple.web.shared.Navigation;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The legal hold section of coaching/record.xhtml (docs/adr/0052): shown to HR, who places or lifts it. */
@Named
@ViewScoped
public class CoachingRecordLegalHold implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CoachingLegalHoldService holds;

    @Inject
    Navigation navigation;

    private String id;
    private CoachingLegalHoldView view;

    /** f:viewAction, after the record itself was found: only HR reads the hold. */
    public void load() {
        if (navigation.may(Permission.COACHING_READ_ALL)) {
            view = holds.find(id);
        }
    }

    public String place() {
        view = holds.place(view.recordId());
        Messages.done(Words.text(Words.current(), "legalHold.placed"));
        return "/coaching/record?faces-redirect=true&id=" + view.recordId();
    }

    public String lift() {
        view = holds.lift(view.recordId());
        Messages.done(Words.text(Words.current(), "legalHold.lifted"));
        return "/coaching/record?faces-redirect=true&id=" + view.recordId();
    }

    public CoachingLegalHoldView getView() {
        return view;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
