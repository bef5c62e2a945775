package dimple.web.reporting;

import dimple.application.reporting.AnswerQuestion;
import dimple.application.reporting.AskQuestion;
import dimple.application.reporting.ReportView;
import dimple.application.reporting.ReportingService;
import dimple.application.reporting.WithdrawReport;
import dimple.web.shared.Messages;
import dimple.web.shared.Words;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * One report: for its reporter (with the receipt, answers to questions and withdrawing) and for the
 * leaders of its team (asking the reporter questions). A confidential report never shows leaders who filed it.
 */
@Named
@ViewScoped
public class ReportDetail implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReportingService reporting;

    private String id;
    private boolean received;
    private ReportView report;
    private String question;
    private final Map<String, String> answers = new HashMap<>();

    /** f:viewAction */
    public void load() {
        report = reporting.find(id);
    }

    public String withdraw() {
        ReportView withdrawn = reporting.withdraw(new WithdrawReport(report.id(), report.version()));
        Messages.done(Words.text(Words.current(), "done.reportWithdrawn", withdrawn.number()));
        return again();
    }

    public String ask() {
        reporting.ask(new AskQuestion(report.id(), question));
        Messages.done(Words.text(Words.current(), "done.questionSent"));
        return again();
    }

    public String answer(String questionId) {
        reporting.answer(new AnswerQuestion(report.id(), questionId, answers.get(questionId)));
        Messages.done(Words.text(Words.current(), "done.answerSent"));
        return again();
    }

    private String again() {
        return "/report/view?faces-redirect=true&id=" + report.id();
    }

    public ReportView getReport() {
        return report;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isReceived() {
        return received;
    }

    public void setReceived(boolean received) {
        this.received = received;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }
}
