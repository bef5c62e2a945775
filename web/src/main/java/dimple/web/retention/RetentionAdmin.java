package dimple.web.retention;

import dimple.application.retention.DueView;
import dimple.application.retention.RetentionPeriodsView;
import dimple.application.retention.RetentionPreview;
import dimple.application.retention.RetentionService;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** /admin/retention.xhtml: the periods an administrator sets, and the counts the next sweep removes (never a record). */
@Named
@ViewScoped
public class RetentionAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RetentionService retention;

    private Integer reportsMonths;
    private Integer recoveryCasesMonths;
    private Integer coachingRecordsMonths;
    private Integer auditLogMonths;
    private RetentionPreview preview;

    /** f:viewAction: only administrators get the page (others the 403 page, through the refusal handler). */
    public void load() {
        RetentionPeriodsView periods = retention.periods();
        reportsMonths = periods.reportsMonths();
        recoveryCasesMonths = periods.recoveryCasesMonths();
        coachingRecordsMonths = periods.coachingRecordsMonths();
        auditLogMonths = periods.auditLogMonths();
        preview = retention.preview();
    }

    public String save() {
        retention.change(new RetentionPeriodsView(reportsMonths, recoveryCasesMonths, coachingRecordsMonths, auditLogMonths));
        Messages.done(Words.text(Words.current(), "retention.saved"));
        return "/admin/retention?faces-redirect=true";
    }

    public List<DueView> getPreview() {
        return preview == null ? List.of() : preview.types();
    }

    public LocalDate getPreviewDay() {
        return preview == null ? null : preview.day();
    }

    public Integer getReportsMonths() {
        return reportsMonths;
    }

    public void setReportsMonths(Integer reportsMonths) {
        this.reportsMonths = reportsMonths;
    }

    public Integer getRecoveryCasesMonths() {
        return recoveryCasesMonths;
    }

    public void setRecoveryCasesMonths(Integer recoveryCasesMonths) {
        this.recoveryCasesMonths = recoveryCasesMonths;
    }

    public Integer getCoachingRecordsMonths() {
        return coachingRecordsMonths;
    }

    public void setCoachingRecordsMonths(Integer coachingRecordsMonths) {
        this.coachingRecordsMonths = coachingRecordsMonths;
    }

    public Integer getAuditLogMonths() {
        return auditLogMonths;
    }

    public void setAuditLogMonths(Integer auditLogMonths) {
        this.auditLogMonths = auditLogMonths;
    }
}
