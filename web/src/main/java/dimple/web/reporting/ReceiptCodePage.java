package dimple.web.reporting;

import dimple.application.reporting.ReportView;
import dimple.application.reporting.ReportingService;
import dimple.application.shared.RecordNotFound;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * An anonymous report opened with its receipt code (docs/adr/0050): its state, the team's questions with an answer box,
 * and withdrawing before triage. The code and the report stay in this page's memory only: both are transient, so no
 * stored or replicated session ever holds them beside the signed-in person; after a fail-over the code is asked again.
 * An answer's text is held only while it is sent. On a page session moved to another node the report is then closed.
 * Every action stays on the page (a redirect would need the code in the address).
 */
@Named
@ViewScoped
public class ReceiptCodePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReportingService reporting;

    private transient String code;
    private transient ReportView report;
    /** Answers being sent: emptied when each request's action ends, so no stored session keeps one. */
    private final Map<String, String> answers = new HashMap<>();

    /** f:viewAction: only people who file reports open one by its code. */
    public void load() {
        reporting.checkMayOpenByReceipt();
    }

    public String open() {
        try {
            report = reporting.byReceipt(code);
        } catch (RecordNotFound notFound) {
            report = null;
            // The same words for every code that opens nothing; the field keeps nothing of it.
            FacesContext.getCurrentInstance().addMessage("receiptForm:code", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Words.text(Words.current(), "receipt.notFound"), null));
            code = null;
        }
        return null;
    }

    public String answer(String questionId) {
        try {
            reporting.answerByReceipt(code, questionId, answers.get(questionId));
            Messages.done(Words.text(Words.current(), "done.answerSent"));
            report = reporting.byReceipt(code);
        } finally {
            answers.clear();
        }
        return null;
    }

    public String withdraw() {
        report = reporting.withdrawByReceipt(code);
        Messages.done(Words.text(Words.current(), "done.reportWithdrawn", report.number()));
        return null;
    }

    /** Forgets the code and the report on this page. */
    public String close() {
        code = null;
        report = null;
        return null;
    }

    public ReportView getReport() {
        return report;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }
}
