package dimple.web.recovery;

import dimple.application.recovery.RecordRecoveryStep;
import dimple.application.recovery.RecoveryService;
import dimple.application.reporting.RecoveryView;
import dimple.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** One recovery case: what happened so far, and the form to record the next step. */
@Named
@ViewScoped
public class RecoveryCaseEditor implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final List<String> FORWARD = List.of("CONTACTED", "REMEDY_DELIVERED", "FOLLOWED_UP", "CLOSED");

    @Inject
    RecoveryService recoveries;

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
        step = recovery.nextStep();
    }

    public String record() {
        RecoveryView recorded = recoveries.record(new RecordRecoveryStep(recovery.id(), step,
                at == null ? null : at.toInstant(ZoneOffset.UTC), channel, by, remedyType, costAmount,
                costAmount == null ? null : costCurrency, outcome, note, recovery.version()));
        Messages.done("Recorded. The case is now: " + recorded.status().replace('_', ' ').toLowerCase() + ".");
        return "/recovery/case?faces-redirect=true&id=" + recorded.id();
    }

    /** The steps that may be recorded now: any later state, and thanking the people who waited once. */
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
        if (recovery.bystandersThankedAt() == null) {
            steps.add("BYSTANDERS_THANKED");
        }
        return steps;
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now(ZoneOffset.UTC);
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
