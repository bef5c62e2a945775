package dimple.domain.coaching;

import dimple.domain.shared.AggregateRoot;
import dimple.domain.shared.Ids;
import dimple.domain.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A coaching conversation written down by a leader for a member of a team they lead, with the
 * employee's acknowledgement or decline (and their comment, kept with the record and in every export).
 *
 * <p>Life cycle: {@link CoachingStatus#DRAFT} (only the coach sees and revises it) →
 * {@link CoachingStatus#SHARED} (frozen; waits for the employee) → {@link CoachingStatus#ACKNOWLEDGED} or
 * {@link CoachingStatus#DECLINED} → {@link CoachingStatus#CLOSED} by the coach. Kept until its retention
 * date, then deleted.
 *
 * <p>It records {@link CoachingRecordShared}, {@link CoachingRecordAcknowledged} and
 * {@link CoachingRecordDeclined} (ids only), so the employee and the coach are told in the app.
 */
@Entity
@Table(name = "coaching_record")
public class CoachingRecord extends AggregateRoot {
    public static final int MAX_COMMENT = EmployeeComment.MAX;
    /** How long a record is kept after the conversation unless the coach says otherwise. */
    public static final Period DEFAULT_RETENTION = Period.ofYears(2);
    /**
     * The longest a coach may keep a record after the conversation: ten years. That covers the longest
     * limitation period a record about someone's work could be needed for (ten years is the absolute
     * limit for most damages claims under, for example, § 199(3) of the German Civil Code and Art. 127
     * of the Swiss Code of Obligations), while storage limitation (GDPR Art. 5(1)(e)) rules out keeping a
     * record about a person "just in case", and without a bound a date in the year 999999999 kept it forever.
     */
    public static final Period MAX_RETENTION = Period.ofYears(10);

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "employee_account_id", nullable = false, length = 36)
    private String employeeAccountId;

    @Column(name = "coach_account_id", nullable = false, length = 36)
    private String coachAccountId;

    @Column(name = "team_id", nullable = false, length = 36)
    private String teamId;

    @Column(name = "assessment_id", length = 36)
    private String assessmentId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 2 * Conversation.MAX_TOPIC)
    private String topic;

    @Column(nullable = false, length = 2 * Conversation.MAX_TEXT)
    private String expectation;

    @Column(nullable = false, length = 2 * Conversation.MAX_TEXT)
    private String observations;

    @Column(name = "agreed_actions", nullable = false, length = 2 * Conversation.MAX_TEXT)
    private String agreedActions;

    @Column(name = "follow_up_on", nullable = false)
    private LocalDate followUpOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "coaching_record_lesson", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "lesson_id", length = 36)
    private Set<String> lessonIds = new HashSet<>();

    @Column(name = "retain_until", nullable = false)
    private LocalDate retainUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CoachingStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "shared_at")
    private Instant sharedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "employee_response", length = 20)
    private EmployeeResponse employeeResponse;

    @Column(name = "employee_comment", length = 2 * MAX_COMMENT)
    private String employeeComment;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Since when HR holds the record for a legal matter (docs/adr/0052): no retention deletes it; null while none. */
    @Column(name = "legal_hold_since")
    private Instant legalHoldSince;

    @Version
    private long version;

    protected CoachingRecord() {
    }

    /**
     * A new draft, written by a leader of {@code teamId} for a member of it (the caller checked both).
     *
     * @param retainUntil the last day it is kept, or null for {@link #DEFAULT_RETENTION} after the conversation
     */
    public static CoachingRecord draft(String coachAccountId, String employeeAccountId, String teamId, Conversation conversation,
                                       LocalDate retainUntil, Instant at) {
        if (Objects.requireNonNull(employeeAccountId).equals(coachAccountId)) {
            throw new NobodyCoachesThemselves();
        }
        CoachingRecord record = new CoachingRecord();
        record.id = Ids.newId();
        record.coachAccountId = Objects.requireNonNull(coachAccountId);
        record.employeeAccountId = employeeAccountId;
        record.teamId = Objects.requireNonNull(teamId);
        record.status = CoachingStatus.DRAFT;
        record.createdAt = Objects.requireNonNull(at);
        record.write(conversation, retainUntil);
        return record;
    }

    /** A new draft that follows an assessment whose response was to coach; it is about the person assessed. */
    public static CoachingRecord draftFrom(Assessment assessment, String coachAccountId, Conversation conversation, LocalDate retainUntil,
                                           Instant at) {
        if (assessment.response() != Response.COACH) {
            throw new AssessmentDidNotCallForCoaching();
        }
        CoachingRecord record = draft(coachAccountId, assessment.subjectAccountId(), assessment.teamId(), conversation, retainUntil, at);
        record.assessmentId = assessment.id();
        return record;
    }

    /** The coach changes the draft. Once shared, the content is frozen. */
    public void revise(String byAccountId, Conversation conversation, LocalDate retainUntil) {
        requireCoach(byAccountId);
        if (status != CoachingStatus.DRAFT) {
            throw new SharedRecordIsFrozen();
        }
        write(conversation, retainUntil);
    }

    /** The coach shares the draft with the employee, who may then acknowledge or decline it. */
    public void share(String byAccountId, Instant at) {
        requireCoach(byAccountId);
        if (status != CoachingStatus.DRAFT) {
            throw new SharedRecordIsFrozen();
        }
        status = CoachingStatus.SHARED;
        sharedAt = Objects.requireNonNull(at);
        record(new CoachingRecordShared(id, employeeAccountId, coachAccountId, at));
    }

    /** The employee confirms they have read the record; a comment is optional. */
    public void acknowledge(String byAccountId, String comment, Instant at) {
        respond(byAccountId, EmployeeResponse.ACKNOWLEDGED, comment, at);
    }

    /** The employee does not agree with the record and says why; the comment is kept with it. */
    public void decline(String byAccountId, String comment, Instant at) {
        respond(byAccountId, EmployeeResponse.DECLINED, comment, at);
    }

    private void respond(String byAccountId, EmployeeResponse response, String comment, Instant at) {
        if (!employeeAccountId.equals(byAccountId)) {
            throw new OnlyTheEmployeeResponds();
        }
        if (status != CoachingStatus.SHARED) {
            throw new ResponseNotAwaited(status);
        }
        String clean = Text.trimToNull(comment);
        if (response == EmployeeResponse.DECLINED && clean == null) {
            throw new DecliningNeedsAComment();
        }
        clean = EmployeeComment.of(clean).text();
        employeeResponse = response;
        employeeComment = clean;
        respondedAt = Objects.requireNonNull(at);
        status = response == EmployeeResponse.ACKNOWLEDGED ? CoachingStatus.ACKNOWLEDGED : CoachingStatus.DECLINED;
        record(response == EmployeeResponse.ACKNOWLEDGED ? new CoachingRecordAcknowledged(id, employeeAccountId, coachAccountId, at)
                : new CoachingRecordDeclined(id, employeeAccountId, coachAccountId, at));
    }

    /** The coach closes the record after the employee responded (and the follow-up happened). */
    public void close(String byAccountId, Instant at) {
        requireCoach(byAccountId);
        if (status != CoachingStatus.ACKNOWLEDGED && status != CoachingStatus.DECLINED) {
            throw new RecordCannotBeClosedYet(status);
        }
        status = CoachingStatus.CLOSED;
        closedAt = Objects.requireNonNull(at);
    }

    /**
     * The coach while they lead the team (drafts included); once shared, also the employee and HR.
     * Nobody else: not another leader of the team, not an administrator.
     */
    public boolean isVisibleTo(CoachingViewer viewer) {
        if (viewer.isLeadingAuthor(coachAccountId, teamId)) {
            return true;
        }
        return status.isShared() && (viewer.readsAll() || employeeAccountId.equals(viewer.accountId()));
    }

    public boolean isCoachedBy(String accountId) {
        return coachAccountId.equals(accountId);
    }

    public boolean isAbout(String accountId) {
        return employeeAccountId.equals(accountId);
    }

    /** The last retention date a record of a conversation held on this day may have. */
    public static LocalDate latestRetentionFor(LocalDate heldOn) {
        return heldOn.plus(MAX_RETENTION);
    }

    /** Kept through its retention date, deleted on any later day, unless a legal hold is on it. */
    public boolean isPastRetentionOn(LocalDate today) {
        return !isHeld() && retainUntil.isBefore(today);
    }

    /** HR holds the record for a legal matter: neither its own retention date nor the organisation's period deletes it. */
    public void placeLegalHold(Instant at) {
        if (legalHoldSince == null) {
            legalHoldSince = Objects.requireNonNull(at);
        }
    }

    /** The legal matter is over: the record's retention applies again (a date already past deletes it on the next sweep). */
    public void liftLegalHold() {
        legalHoldSince = null;
    }

    public boolean isHeld() {
        return legalHoldSince != null;
    }

    public Instant legalHoldSince() {
        return legalHoldSince;
    }

    private void requireCoach(String byAccountId) {
        if (!coachAccountId.equals(byAccountId)) {
            throw new OnlyTheCoachChangesTheRecord();
        }
    }

    private void write(Conversation conversation, LocalDate retainUntil) {
        Objects.requireNonNull(conversation);
        LocalDate keepUntil = retainUntil == null ? conversation.heldOn().plus(DEFAULT_RETENTION) : retainUntil;
        if (!keepUntil.isAfter(conversation.heldOn())) {
            throw new IllegalArgumentException("the retention date must be after the conversation");
        }
        if (keepUntil.isAfter(latestRetentionFor(conversation.heldOn()))) {
            throw new RetentionIsLimited();
        }
        heldOn = conversation.heldOn();
        topic = conversation.topic();
        expectation = conversation.expectation();
        observations = conversation.observations();
        agreedActions = conversation.agreedActions();
        followUpOn = conversation.followUpOn();
        lessonIds.clear();
        lessonIds.addAll(conversation.lessonIds());
        this.retainUntil = keepUntil;
    }

    public String id() {
        return id;
    }

    public String employeeAccountId() {
        return employeeAccountId;
    }

    public String coachAccountId() {
        return coachAccountId;
    }

    public String teamId() {
        return teamId;
    }

    /** The assessment this record follows, or null when it stands on its own (or the assessment was deleted). */
    public String assessmentId() {
        return assessmentId;
    }

    public Conversation conversation() {
        return new Conversation(heldOn, topic, expectation, observations, agreedActions, followUpOn, lessonIds());
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String topic() {
        return topic;
    }

    public String expectation() {
        return expectation;
    }

    public String observations() {
        return observations;
    }

    public String agreedActions() {
        return agreedActions;
    }

    public LocalDate followUpOn() {
        return followUpOn;
    }

    /** The linked lessons' ids, sorted. */
    public List<String> lessonIds() {
        return lessonIds.stream().sorted().toList();
    }

    public LocalDate retainUntil() {
        return retainUntil;
    }

    public CoachingStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sharedAt() {
        return sharedAt;
    }

    public EmployeeResponse employeeResponse() {
        return employeeResponse;
    }

    public String employeeComment() {
        return employeeComment;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
