package dimple.web.recovery;

import dimple.application.recovery.RecordRecoveryStep;
import dimple.application.recovery.RecoveryService;
import dimple.application.reporting.RecoveryView;
import dimple.web.reporting.ReportLabels;
import dimple.web.shared.Messages;
import dimple.web.shared.ReaderSettings;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One recovery case: what happened so far, and the form to record the next step. */
@Named
@ViewScoped
public class RecoveryCaseEditor implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final List<String> FORWARD = List.of("CONTACTED", "REMEDY_DELIVERED", "FOLLOWED_UP", "CLOSED");

    @Inject
    ReaderSettings reader;

    @Inject
    RecoveryService recoveries;
    @Inject
    ReportLabels labels;

    private String id;
    private RecoveryView recovery;
    private String step;
    private LocalDateTime at;
    private String channel;
    private String by;
    private String remedyType;
    private BigDecimal costAmount;
    private String costCurrency = "EUR";
    private String outcome;
    private String note;

    /** f:viewAction */
    public void load() {
        recovery = recoveries.find(id);
        step = recovery.nextStep() != null ? recovery.nextStep() : getSteps().stream().findFirst().orElse(null);
        // Closing after the follow-up keeps what the follow-up showed unless the person changes it.
        outcome = recovery.outcome();
    }

    /** Closing a case that was followed up: the outcome given then is kept (shown preselected). */
    public boolean isOutcomeKept() {
        return recovery != null && recovery.outcome() != null && "CLOSED".equals(step);
    }

    public String record() {
        RecoveryView recorded = recoveries.record(new RecordRecoveryStep(recovery.id(), step,
                reader.instant(at), channel, by, remedyType, costAmount,
                costAmount == null ? null : costCurrency, outcome, note, recovery.version()));
        Messages.done(Words.text(Words.current(), "done.recoveryRecorded", labels.recoveryStatus(recorded.status())));
        return "/recovery/case?faces-redirect=true&id=" + recorded.id();
    }

    /**
     * The steps that may be recorded now: any later state, and thanking the people who waited once, when the
     * report asked for it. Steps that do not apply to this case are not offered.
     */
    public List<String> getSteps() {
        List<String> steps = new ArrayList<>();
        if (recovery == null) {
            return steps;
        }
        int current = List.of("OPEN", "CONTACTED", "REMEDY_DELIVERED", "FOLLOWED_UP", "CLOSED").indexOf(recovery.status());
        for (int i = 0; i < FORWARD.size(); i++) {
            if (i + 1 > current) {
                steps.add(FORWARD.get(i));
            }
        }
        if (recovery.thankBystanders() && recovery.bystandersThankedAt() == null) {
            steps.add("BYSTANDERS_THANKED");
        }
        return steps;
    }

    public LocalDateTime getNow() {
        return reader.now();
    }

    public RecoveryView getRecovery() {
        return recovery;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }

    public String getRemedyType() {
        return remedyType;
    }

    public void setRemedyType(String remedyType) {
        this.remedyType = remedyType;
    }

    public BigDecimal getCostAmount() {
        return costAmount;
    }

    public void setCostAmount(BigDecimal costAmount) {
        this.costAmount = costAmount;
    }

    public String getCostCurrency() {
        return costCurrency;
    }

    public void setCostCurrency(String costCurrency) {
        this.costCurrency = costCurrency;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
