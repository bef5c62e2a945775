package dimple.domain.reporting;

import dimple.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A question a leader asks the reporter, and the reporter's answer. The answer carries no name: it
 * always comes from the reporter, whose identity stays hidden when the report is confidential.
 */
@Entity
@Table(name = "report_question")
public class FollowUpQuestion {
    public static final int MAX_TEXT = QuestionText.MAX;
    public static final int MAX_ANSWER = AnswerText.MAX;

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", nullable = false)
    private MistakeReport report;

    @Column(name = "asked_by", nullable = false, length = 36)
    private String askedByAccountId;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(nullable = false, length = 2 * MAX_TEXT)
    private String text;

    @Column(length = 2 * MAX_ANSWER)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected FollowUpQuestion() {
    }

    FollowUpQuestion(MistakeReport report, String askedByAccountId, String text, Instant askedAt) {
        this.id = Ids.newId();
        this.report = report;
        this.askedByAccountId = Objects.requireNonNull(askedByAccountId);
        this.text = Objects.requireNonNull(text);
        this.askedAt = Objects.requireNonNull(askedAt);
    }

    /** Blanks the question and its answer (retention, docs/adr/0052); whether and when it was answered stays. */
    void forget() {
        text = "";
        if (answer != null) {
            answer = "";
        }
    }

    void answer(String answerText, Instant at) {
        if (isAnswered()) {
            throw new QuestionAnsweredAlready();
        }
        this.answer = Objects.requireNonNull(answerText);
        this.answeredAt = Objects.requireNonNull(at);
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public String id() {
        return id;
    }

    public String askedByAccountId() {
        return askedByAccountId;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public String text() {
        return text;
    }

    public String answer() {
        return answer;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
