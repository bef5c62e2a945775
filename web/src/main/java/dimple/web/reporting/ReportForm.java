package dimple.web.reporting;

import dimple.application.reporting.BentRuleService;
import dimple.application.reporting.CustomFieldService;
import dimple.application.reporting.CustomFieldView;
import dimple.application.reporting.HintView;
import dimple.application.reporting.ReportView;
import dimple.application.reporting.WarningView;
import dimple.application.reporting.ReportingService;
import dimple.application.reporting.SubmitReport;
import dimple.web.shared.Messages;
import dimple.web.shared.ReaderSettings;
import dimple.web.shared.Words;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Filing a mistake report in about two minutes: what happened, when, where, how bad, named or
 * confidential; optionally the affected customers and a rule bent for one. While the title and the
 * narrative are typed, wording hints appear, and the learning side adds up to three published lessons
 * like it ("this has happened before", {@code dimple.web.learning.SimilarLessons}); neither ever blocks
 * the submission.
 */
@Named
@ViewScoped
public class ReportForm implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How many of the team's known rules "Which rule" offers; the browser narrows them down to what is typed. */
    private static final int KNOWN_RULES_OFFERED = 50;

    @Inject
    ReaderSettings reader;

    @Inject
    ReportingService reporting;

    @Inject
    BentRuleService bentRules;

    @Inject
    CustomFieldService customFields;

    private List<String> teams = List.of();
    private String title;
    private String narrative;
    private LocalDateTime occurredAt;
    private String team;
    private String kind;
    private String customerImpact;
    private String reporterMode = "NAMED";
    /** An anonymous report's receipt code, for the one answer that shows it; never serialised with the view. */
    private transient String issuedReceiptCode;
    private transient String issuedNumber;
    private final List<CustomerRow> customers = new ArrayList<>();
    private boolean ruleBent;
    private String bentRule;
    private String bentRuleReason;
    private String bentRuleValue;
    private List<HintView> hints = List.of();
    /** The person was told they filed this a moment ago, and submits anyway. */
    private boolean sendingAgainConfirmed;
    private List<WarningView> confidentialityWarnings = List.of();
    private List<String> knownRules = List.of();
    /** The custom fields of each team one may report for; the page shows the chosen team's. */
    private List<FieldGroup> fieldGroups = List.of();
    /** What was typed or picked for each custom field, by field id: text, a day, or the picked choices. */
    private final Map<String, Serializable> answers = new HashMap<>();

    /** A team's active custom fields, in order. */
    public record FieldGroup(String team, List<CustomFieldView> fields) implements Serializable {
    }

    /** One affected customer on the form. */
    public static class CustomerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String customerRef;
        private boolean proactive;
        private String note;
        private boolean thankBystanders;

        public String getCustomerRef() {
            return customerRef;
        }

        public void setCustomerRef(String customerRef) {
            this.customerRef = customerRef;
        }

        public boolean isProactive() {
            return proactive;
        }

        public void setProactive(boolean proactive) {
            this.proactive = proactive;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public boolean isThankBystanders() {
            return thankBystanders;
        }

        public void setThankBystanders(boolean thankBystanders) {
            this.thankBystanders = thankBystanders;
        }
    }

    /** f:viewAction: the teams one may report for; the only one is chosen already. */
    public void load() {
        teams = reporting.teamsToReportFor();
        if (teams.size() == 1) {
            team = teams.get(0);
        }
        occurredAt = reader.now().truncatedTo(ChronoUnit.MINUTES);
        fieldGroups = teams.stream().map(t -> new FieldGroup(t, customFields.toAnswer(t))).toList();
    }

    /**
     * While the title or the narrative is typed: the wording hints for the narrative so far. Called by
     * {@code SimilarLessons} in the same Ajax request that looks for lessons like it, so the two never
     * race each other.
     */
    public void checkWhatIsTyped() {
        hints = reporting.hints(narrative);
    }

    /** Ajax, when the team or "named or confidential" changes: warns about a confidential report from a small team. */
    public void checkConfidentiality() {
        confidentialityWarnings = ("CONFIDENTIAL".equals(reporterMode) || "ANONYMOUS".equals(reporterMode)) && team != null ? reporting.confidentialityWarnings(team) : List.of();
    }

    /** Ajax, when the team changes: the confidentiality warnings, and the rules offered for "Which rule" if it is open. */
    public void teamChosen() {
        checkConfidentiality();
        bentChosen();
    }

    /**
     * Ajax, when "I bent a rule" is ticked (or the team changes while it is): the team's rules already in the register,
     * which the browser offers while "Which rule" is typed (a datalist; a new rule can still be typed).
     */
    public void bentChosen() {
        knownRules = ruleBent ? bentRules.rulesLike(team, "", KNOWN_RULES_OFFERED) : List.of();
    }

    public List<String> getKnownRules() {
        return knownRules;
    }

    public List<WarningView> getConfidentialityWarnings() {
        return confidentialityWarnings;
    }

    public void addCustomer() {
        customers.add(new CustomerRow());
    }

    public void removeCustomer(CustomerRow row) {
        customers.remove(row);
    }

    public String submit() {
        if (!sendingAgainConfirmed) {
            Optional<String> earlier = reporting.filedAMomentAgo(title);
            if (earlier.isPresent()) {
                // Asked once: submitting again files it.
                sendingAgainConfirmed = true;
                FacesContext.getCurrentInstance().addMessage("reportForm:title", new FacesMessage(FacesMessage.SEVERITY_WARN,
                        Words.text(Words.current(), "report.repeat", earlier.get()), null));
                return null;
            }
        }
        ReportView filed = reporting.submit(new SubmitReport(title, narrative,
                occurred(), team, kind, customerImpact, reporterMode,
                ruleBent ? new SubmitReport.BentRuleInput(bentRule, bentRuleReason, bentRuleValue) : null,
                customers.stream().map(c -> new SubmitReport.AffectedCustomer(c.customerRef, c.proactive, c.note, c.thankBystanders, null)).toList(),
                customFieldAnswers()));
        Messages.done(Words.text(Words.current(), "done.reportFiled", filed.number()));
        filed.warnings().forEach(w -> Messages.note(Words.render(w.message(), Words.current())));
        if (filed.receiptCode() != null) {
            // Shown in this answer only, never in an address or a stored session (docs/adr/0050); the filer cannot open the
            // report by its id, so there is no page to go on to.
            issuedReceiptCode = filed.receiptCode();
            issuedNumber = filed.number();
            return null;
        }
        return "/report/view?faces-redirect=true&received=true&id=" + filed.id();
    }

    /** The answers to the chosen team's fields, by key, each as the texts the use case checks. */
    private Map<String, List<String>> customFieldAnswers() {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        fieldGroups.stream().filter(g -> g.team().equals(team)).flatMap(g -> g.fields().stream())
                .forEach(f -> byKey.put(f.key(), texts(answers.get(f.id()))));
        return byKey;
    }

    private static List<String> texts(Object answer) {
        if (answer == null) {
            return List.of();
        }
        if (answer instanceof Object[] many) {
            return java.util.Arrays.stream(many).map(String::valueOf).toList();
        }
        if (answer instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of(answer.toString());
    }

    public List<FieldGroup> getFieldGroups() {
        return fieldGroups;
    }

    public Map<String, Serializable> getAnswers() {
        return answers;
    }

    public LocalDateTime getNow() {
        return reader.now();
    }

    /** When it happened, typed in the reporter's time zone, kept as typed (the API takes it as an instant, the same). */
    private Instant occurred() {
        return occurredAt == null ? null : reader.instant(occurredAt);
    }

    public List<String> getTeams() {
        return teams;
    }

    public List<HintView> getHints() {
        return hints;
    }

    public List<CustomerRow> getCustomers() {
        return customers;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCustomerImpact() {
        return customerImpact;
    }

    public void setCustomerImpact(String customerImpact) {
        this.customerImpact = customerImpact;
    }

    public String getReporterMode() {
        return reporterMode;
    }

    public void setReporterMode(String reporterMode) {
        this.reporterMode = reporterMode;
    }

    public boolean isRuleBent() {
        return ruleBent;
    }

    public void setRuleBent(boolean ruleBent) {
        this.ruleBent = ruleBent;
    }

    public String getBentRule() {
        return bentRule;
    }

    public void setBentRule(String bentRule) {
        this.bentRule = bentRule;
    }

    public String getBentRuleReason() {
        return bentRuleReason;
    }

    public void setBentRuleReason(String bentRuleReason) {
        this.bentRuleReason = bentRuleReason;
    }

    public String getBentRuleValue() {
        return bentRuleValue;
    }

    public void setBentRuleValue(String bentRuleValue) {
        this.bentRuleValue = bentRuleValue;
    }

    /** The receipt code of the anonymous report just filed, or null. */
    public String getIssuedReceiptCode() {
        return issuedReceiptCode;
    }

    public String getIssuedNumber() {
        return issuedNumber;
    }
}
