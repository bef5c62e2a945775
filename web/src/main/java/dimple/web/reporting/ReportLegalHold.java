package dimple.web.reporting;

import dimple.application.reporting.LegalHoldService;
import dimple.application.reporting.LegalHoldView;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The legal hold section of report/view.xhtml (docs/adr/0052): shown to leaders of the report's team, who place or lift it. */
@Named
@ViewScoped
public class ReportLegalHold implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LegalHoldService holds;

    private String id;
    private LegalHoldView view;

    /** f:viewAction */
    public void load() {
        view = holds.find(id);
    }

    public String place() {
        view = holds.place(view.reportId());
        Messages.done(Words.text(Words.current(), "legalHold.placed"));
        return "/report/view?faces-redirect=true&id=" + view.reportId();
    }

    public String lift() {
        view = holds.lift(view.reportId());
        Messages.done(Words.text(Words.current(), "legalHold.lifted"));
        return "/report/view?faces-redirect=true&id=" + view.reportId();
    }

    public LegalHoldView getView() {
        return view;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
