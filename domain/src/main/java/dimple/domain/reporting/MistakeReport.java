package dimple.domain.reporting;

import dimple.domain.shared.AggregateRoot;
import dimple.domain.shared.Ids;
import dimple.domain.shared.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A mistake report as the reporter filed it: what happened, when, in which team, what kind, how
 * customers felt it, named or confidential, and perhaps a rule bent for a customer. The report keeps
 * the reporter's account id so that "my reports" works for confidential reports too; views decide
 * who may see it (docs/adr/0007-confidential-reports-in-the-audit-trail.md). An anonymous report keeps no
 * account id at all, only the hash of the receipt code its reporter was shown once
 * (docs/adr/0050-anonymous-reports-and-receipt-codes.md).
 *
 * <p>Life cycle: {@link ReportStatus#SUBMITTED} on filing; the reporter may {@link #withdraw} it until
 * it is triaged. A leader of its team triages it once: {@link #triageAsNoted noted} (closed with a note
 * the reporter reads), {@link #startReview into a blameless review}, or {@link #markDuplicateOf a
 * duplicate}. A report in review is {@link #closeAfterReview closed} when its review is published.
 *
 * <p>It records {@link ReportSubmitted}, {@link ReportTriaged}, {@link ReportClosed}, {@link QuestionAsked}
 * and {@link QuestionAnswered}: the recovery context opens its cases, the review context opens or extends
 * the review, the learning context tells the reporter, the team's leaders and the leader who asked.
 */
@Entity
@Table(name = "mistake_report")
public class MistakeReport extends AggregateRoot {
    public static final int MAX_TITLE = Title.MAX;
    public static final int MAX_NARRATIVE = Narrative.MAX;
    public static final int MAX_TRIAGE_NOTE = TriageNote.MAX;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @Column(nullable = false, length = 2 * MAX_TITLE)
    private String title;

    @Column(nullable = false, length = 2 * MAX_NARRATIVE)
    private String narrative;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "team_id", nullable = false, length = 36)
    private String teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_impact", nullable = false, length = 10)
    private CustomerImpact customerImpact;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_mode", nullable = false, length = 20)
    private ReporterMode reporterMode;

    /** Never shown to anyone but the reporter when the report is confidential; null, always, when it is anonymous. */
    @Column(name = "reporter_account_id", length = 36)
    private String reporterAccountId;

    /** The {@link ReceiptCode#hash() hash} of an anonymous report's receipt code; null for the other modes. */
    @Column(name = "receipt_code_hash", length = 64, unique = true)
    private String receiptCodeHash;

    @Embedded
    private BentRule bentRule;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "triaged_at")
    private Instant triagedAt;

    @Column(name = "triaged_by", length = 36)
    private String triagedByAccountId;

    /** What the leader tells the reporter about the triage; the reporter reads it. */
    @Column(name = "triage_note", length = 2 * MAX_TRIAGE_NOTE)
    private String triageNote;

    @Column(name = "duplicate_of", length = 36)
    private String duplicateOfId;

    @Column(name = "review_id", length = 36)
    private String reviewId;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When a leader placed a legal hold on the report (and so on its recovery cases); null when there is none. */
    @Column(name = "legal_hold_since")
    private Instant legalHoldSince;

    /** When the retention sweep blanked the report's words (docs/adr/0052); null while they are kept. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("askedAt")
    private List<FollowUpQuestion> questions = new ArrayList<>();

    /**
     * The answers to the team's custom fields, by the field's id, as {@link CustomField#valueFrom} stored them. They
     * stay when a field is removed (docs/adr/0046-custom-fields-of-a-team.md).
     */
    @ElementCollection
    @CollectionTable(name = "report_custom_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "field_id", length = 36)
    @Column(name = "field_value", length = 2 * CustomField.MAX_LONG_TEXT)
    private Map<String, String> customValues = new HashMap<>();

    @Version
    private long version;

    protected MistakeReport() {
    }

    /**
     * Who files the report, for which of their teams, and whether leaders may see who they are. An anonymous
     * reporter is no account, only the hash of a receipt code ({@link #anonymous}); every other reporter is an
     * account and has no receipt code.
     */
    public record Reporter(String accountId, String teamId, ReporterMode mode, String receiptCodeHash) {
        public Reporter {
            Objects.requireNonNull(teamId);
            Objects.requireNonNull(mode);
            if (mode == ReporterMode.ANONYMOUS) {
                if (accountId != null || receiptCodeHash == null) {
                    throw new IllegalArgumentException("an anonymous report keeps no account, only a receipt code");
                }
            } else {
                Objects.requireNonNull(accountId);
                if (receiptCodeHash != null) {
                    throw new IllegalArgumentException("only an anonymous report has a receipt code");
                }
            }
        }

        public Reporter(String accountId, String teamId, ReporterMode mode) {
            this(accountId, teamId, mode, null);
        }

        /** Somebody of this team, known to nobody: whoever holds this code. */
        public static Reporter anonymous(String teamId, ReceiptCode code) {
            return new Reporter(null, teamId, ReporterMode.ANONYMOUS, code.hash());
        }
    }

    /**
     * Files a report. The receipt number comes from {@link ReceiptNumbers} in the same transaction;
     * the caller has checked presence and lengths and that the reporter belongs to the team. A
     * confidential report keeps only the day it was submitted ({@link #reporterTime}).
     *
     * @param bentRule the rule bent for a customer, or null
     */
    public static MistakeReport submit(String number, Instant submittedAt, Reporter reporter, String title, String narrative,
                                       Instant occurredAt, ReportKind kind, CustomerImpact impact, BentRule bentRule) {
        return submit(number, submittedAt, reporter, title, narrative, occurredAt, kind, impact, bentRule, List.of());
    }

    /**
     * Files a report that names the customers it affected: they are not kept here but told in the
     * {@link ReportSubmitted} event, for the recovery context to open a case for each.
     */
    public static MistakeReport submit(String number, Instant submittedAt, Reporter reporter, String title, String narrative,
                                       Instant occurredAt, ReportKind kind, CustomerImpact impact, BentRule bentRule,
                                       List<ReportSubmitted.AffectedCustomer> affectedCustomers) {
        String cleanTitle = Title.of(title).text();
        String cleanNarrative = Narrative.of(narrative).text();
        if (occurredAt.isAfter(submittedAt)) {
            throw new IllegalArgumentException("a report cannot tell of something that has not happened yet");
        }
        MistakeReport report = new MistakeReport();
        report.id = Ids.newId();
        report.number = Objects.requireNonNull(number);
        report.reporterMode = reporter.mode();
        report.submittedAt = report.reporterTime(Objects.requireNonNull(submittedAt));
        report.updatedAt = report.submittedAt;
        report.status = ReportStatus.SUBMITTED;
        report.title = cleanTitle;
        report.narrative = cleanNarrative;
        report.occurredAt = occurredAt;
        report.teamId = reporter.teamId();
        report.kind = Objects.requireNonNull(kind);
        report.customerImpact = Objects.requireNonNull(impact);
        report.reporterAccountId = reporter.accountId();
        report.receiptCodeHash = reporter.receiptCodeHash();
        report.bentRule = bentRule;
        report.record(new ReportSubmitted(report.id, report.teamId, affectedCustomers, report.submittedAt));
        return report;
    }

    /** The reporter takes the report back. Only the reporter, and only while it awaits triage. */
    public void withdraw(String byAccountId, Instant at) {
        if (!isReportedBy(byAccountId)) {
            throw new OnlyTheReporterMayWithdraw();
        }
        withdrawn(at);
    }

    /** The holder of an anonymous report's receipt code takes it back, while it awaits triage. */
    public void withdraw(ReceiptCode code, Instant at) {
        if (!opensWith(code)) {
            throw new OnlyTheReporterMayWithdraw();
        }
        withdrawn(at);
    }

    private void withdrawn(Instant at) {
        if (!status.awaitsTriage()) {
            throw new ReportCannotBeWithdrawn(status);
        }
        status = ReportStatus.WITHDRAWN;
        withdrawnAt = reporterTime(Objects.requireNonNull(at));
        updatedAt = withdrawnAt;
    }

    /** Triage: the team notes the report and closes it without a review. The reporter reads the note. */
    public void triageAsNoted(dimple.domain.identity.Account leader, String note, Instant at) {
        String clean = checkedTriage(leader, note);
        if (clean == null) {
            throw new NotedNeedsANote();
        }
        triaged(ReportStatus.NOTED, leader, clean, at, null);
    }

    /**
     * Triage: the report goes into a blameless review, a new one or one that already covers related
     * reports of the same team.
     */
    public void startReview(dimple.domain.identity.Account leader, String intoReviewId, String note, Instant at) {
        String clean = checkedTriage(leader, note);
        reviewId = Objects.requireNonNull(intoReviewId);
        triaged(ReportStatus.IN_REVIEW, leader, clean, at, null);
    }

    /**
     * Triage: the report tells of something another report of the team already tells; it points at that
     * original. Duplicates never form a chain: the original is no duplicate itself, and a report that
     * others already point at as their original ({@code pointedAtByDuplicates}) stays an original.
     */
    public void markDuplicateOf(dimple.domain.identity.Account leader, MistakeReport original, boolean pointedAtByDuplicates, String note,
                                Instant at) {
        String clean = checkedTriage(leader, note);
        if (original.id().equals(id)) {
            throw new DuplicateNeedsAnOriginal("rule.duplicateNeedsAnOriginal.itself");
        }
        if (pointedAtByDuplicates) {
            throw new DuplicateNeedsAnOriginal("rule.duplicateNeedsAnOriginal.isAnOriginal");
        }
        if (!original.teamId.equals(teamId)) {
            throw new DuplicateNeedsAnOriginal("rule.duplicateNeedsAnOriginal.otherTeam");
        }
        if (original.status == ReportStatus.DUPLICATE || original.status == ReportStatus.WITHDRAWN) {
            throw new DuplicateNeedsAnOriginal(original.status == ReportStatus.DUPLICATE
                    ? "rule.duplicateNeedsAnOriginal.duplicate" : "rule.duplicateNeedsAnOriginal.withdrawn");
        }
        duplicateOfId = original.id();
        triaged(ReportStatus.DUPLICATE, leader, clean, at, original.number());
    }

    /** The review this report went into is published: the report is closed. */
    public void closeAfterReview(String publishedReviewId, Instant at) {
        if (status != ReportStatus.IN_REVIEW || !Objects.equals(reviewId, publishedReviewId)) {
            throw new IllegalStateException("report " + number + " is not in review " + publishedReviewId);
        }
        status = ReportStatus.CLOSED;
        closedAt = Objects.requireNonNull(at);
        updatedAt = at;
        record(new ReportClosed(id, number, reviewId, reporterAccountId, at));
    }

    private String checkedTriage(dimple.domain.identity.Account leader, String note) {
        if (!leader.leads(teamId)) {
            throw new OnlyTeamLeadersTriage();
        }
        if (!status.awaitsTriage()) {
            throw new ReportIsTriagedAlready(status);
        }
        return TriageNote.of(note).text();
    }

    private void triaged(ReportStatus outcome, dimple.domain.identity.Account leader, String note, Instant at, String originalNumber) {
        status = outcome;
        triagedAt = Objects.requireNonNull(at);
        triagedByAccountId = leader.id();
        triageNote = note;
        updatedAt = at;
        record(new ReportTriaged(id, teamId, number, title, outcome.name(), note, reviewId, originalNumber, reporterAccountId,
                triagedByAccountId, at));
    }

    /** A leader asks the reporter a question; the thread never shows who the reporter is. */
    public FollowUpQuestion ask(String askerAccountId, String text, Instant at) {
        if (status == ReportStatus.WITHDRAWN) {
            throw new WithdrawnReportTakesNoQuestions();
        }
        String clean = QuestionText.of(text).text();
        FollowUpQuestion question = new FollowUpQuestion(this, askerAccountId, clean, at);
        questions.add(question);
        updatedAt = at;
        record(new QuestionAsked(id, question.id(), number, title, question.askedByAccountId(), at));
        return question;
    }

    /** The reporter answers one of the questions, once. */
    public FollowUpQuestion answer(String byAccountId, String questionId, String text, Instant at) {
        if (!isReportedBy(byAccountId)) {
            throw new OnlyTheReporterAnswers();
        }
        return answered(questionId, text, at);
    }

    /** The holder of an anonymous report's receipt code answers one of the questions, once. */
    public FollowUpQuestion answer(ReceiptCode code, String questionId, String text, Instant at) {
        if (!opensWith(code)) {
            throw new OnlyTheReporterAnswers();
        }
        return answered(questionId, text, at);
    }

    private FollowUpQuestion answered(String questionId, String text, Instant at) {
        FollowUpQuestion question = question(questionId)
                .orElseThrow(() -> new IllegalArgumentException("no question " + questionId + " on this report"));
        String clean = AnswerText.of(text).text();
        Instant when = reporterTime(at);
        question.answer(clean, when);
        updatedAt = when;
        record(new QuestionAnswered(id, question.id(), number, title, question.askedByAccountId(), when));
        return question;
    }

    public Optional<FollowUpQuestion> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** A report is visible to its reporter and to leaders of its team; to anyone else it does not exist. */
    public boolean isVisibleTo(dimple.domain.identity.Account viewer) {
        return isReportedBy(viewer.id()) || viewer.leads(teamId);
    }

    /** May this viewer learn who filed the report? Always for a named report; for a confidential one only the reporter. */
    public boolean revealsReporterTo(dimple.domain.identity.Account viewer) {
        return reporterMode == ReporterMode.NAMED || isReportedBy(viewer.id());
    }

    /**
     * Would naming this actor (in an audit line, a list, a message) tell who filed this confidential report? An
     * anonymous report is reported by no account, so this is false for it: whoever files or opens one with its code
     * is never named in the first place.
     */
    public boolean hidesIdentityOf(dimple.domain.identity.Account actor) {
        return isConfidential() && isReportedBy(actor.id());
    }

    /**
     * The time to keep for something the reporter does on this report: for a confidential report only
     * its day (the start of it, UTC), so no time anyone else reads can be lined up with who was signed
     * in or at work then (docs/adr/0007).
     */
    public Instant reporterTime(Instant at) {
        return isConfidential() ? Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), 86_400L) * 86_400L) : at;
    }

    /**
     * Would filing a report with this title now look like sending this one again (Back from the receipt,
     * a second click)? Only while it awaits triage, with the same title (case and spaces aside), filed
     * within {@code window}; a confidential report keeps only its day, so for it: the same day.
     */
    public boolean looksSentAgain(String otherTitle, Instant now, java.time.Duration window) {
        if (status != ReportStatus.SUBMITTED || otherTitle == null || !title.strip().equalsIgnoreCase(otherTitle.strip())) {
            return false;
        }
        return isConfidential() ? reporterTime(now).equals(submittedAt) : !submittedAt.isBefore(now.minus(window));
    }

    public boolean isReportedBy(String accountId) {
        return reporterAccountId != null && reporterAccountId.equals(accountId);
    }

    /** Is this an anonymous report whose receipt code this is? */
    public boolean opensWith(ReceiptCode code) {
        return reporterMode == ReporterMode.ANONYMOUS && code != null && code.opens(receiptCodeHash);
    }

    /**
     * Is the reporter hidden from everybody else: confidential, or anonymous (which is treated the same way
     * everywhere a reporter could be told: times to the day, no name, the audit trail's delayed lines)?
     */
    public boolean isConfidential() {
        return reporterMode.hidesReporter();
    }

    public boolean isAnonymous() {
        return reporterMode == ReporterMode.ANONYMOUS;
    }

    /** The blaming or hindsight words in the narrative, with neutral suggestions. */
    public List<Hint> hints() {
        return BlameLanguage.hintsFor(narrative);
    }

    public long unansweredQuestions() {
        return questions.stream().filter(q -> !q.isAnswered()).count();
    }

    public String id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public ReportStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String narrative() {
        return narrative;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String teamId() {
        return teamId;
    }

    public ReportKind kind() {
        return kind;
    }

    public CustomerImpact customerImpact() {
        return customerImpact;
    }

    public ReporterMode reporterMode() {
        return reporterMode;
    }

    /**
     * The reporter's account id: for visibility checks and "my reports"; views never show it for a confidential
     * report. Null for an anonymous report.
     */
    public String reporterAccountId() {
        return reporterAccountId;
    }

    /** The hash of an anonymous report's receipt code, or null. */
    public String receiptCodeHash() {
        return receiptCodeHash;
    }

    /**
     * Records the answers to the team's custom fields as the report is filed (the caller checked each with
     * {@link CustomField#valueFrom}); empty answers are not kept. Only once, while the report is freshly submitted.
     */
    public void answerCustomFields(Map<String, String> valuesByFieldId) {
        if (status != ReportStatus.SUBMITTED || !customValues.isEmpty()) {
            throw new IllegalStateException("custom fields are answered when the report is filed");
        }
        valuesByFieldId.forEach((fieldId, value) -> {
            if (value != null) {
                customValues.put(Objects.requireNonNull(fieldId), value);
            }
        });
    }

    /** The answers to custom fields by field id, removed fields' too. */
    public Map<String, String> customValues() {
        return Collections.unmodifiableMap(customValues);
    }

    public Optional<BentRule> bentRule() {
        return Optional.ofNullable(bentRule).filter(b -> b.rule() != null);
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public Instant triagedAt() {
        return triagedAt;
    }

    public String triagedByAccountId() {
        return triagedByAccountId;
    }

    public String triageNote() {
        return triageNote;
    }

    /** The original report this one duplicates, or null. */
    public String duplicateOfId() {
        return duplicateOfId;
    }

    /** The review this report went into, or null. */
    public String reviewId() {
        return reviewId;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<FollowUpQuestion> questions() {
        return List.copyOf(questions);
    }

    public long version() {
        return version;
    }

    /** The day retention counts from: closing, the triage that noted it or found it a duplicate, or the withdrawal; empty while open. */
    public java.util.Optional<Instant> finishedAt() {
        return switch (status) {
            case CLOSED -> java.util.Optional.ofNullable(closedAt);
            case NOTED, DUPLICATE -> java.util.Optional.ofNullable(triagedAt);
            case WITHDRAWN -> java.util.Optional.ofNullable(withdrawnAt);
            case SUBMITTED, IN_REVIEW -> java.util.Optional.empty();
        };
    }

    /** Stops the retention sweep from touching the report and its recovery cases until the hold is lifted. */
    public void placeLegalHold(Instant at) {
        if (legalHoldSince == null) {
            legalHoldSince = Objects.requireNonNull(at);
        }
    }

    public void liftLegalHold() {
        legalHoldSince = null;
    }

    public boolean isHeld() {
        return legalHoldSince != null;
    }

    public Instant legalHoldSince() {
        return legalHoldSince;
    }

    /**
     * Blanks what people wrote (title, narrative, triage note, the bent rule's reason and value, follow-up questions
     * and answers, custom values) once the report's retention period is over, and forgets who filed it: a named report
     * names nobody afterwards, and a confidential one is no longer its reporter's. Kind, impact, team, status, number
     * and days stay, so insights still count it; a lesson published from it is de-identified already and stays.
     *
     * @throws ReportIsHeld when a legal hold is on the report
     */
    public void anonymise(Instant at) {
        if (isHeld()) {
            throw new ReportIsHeld();
        }
        if (finishedAt().isEmpty()) {
            throw new IllegalStateException();
        }
        title = "";
        narrative = "";
        triageNote = null;
        if (bentRule != null) {
            bentRule = bentRule.withoutStory();
        }
        questions.forEach(FollowUpQuestion::forget);
        customValues.clear();
        reporterAccountId = null;
        anonymisedAt = Objects.requireNonNull(at);
        updatedAt = at;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }
}
