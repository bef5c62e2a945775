package dimple.domain.recovery;

import dimple.domain.reporting.CustomerNote;
import dimple.domain.reporting.CustomerReference;
import dimple.domain.reporting.ReportSubmitted;
import dimple.domain.shared.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Making it right for one affected customer of a report. The customer is named only by a reference
 * (an order or ticket number), never by personal data. The case moves forward only:
 * {@code OPEN → CONTACTED → REMEDY_DELIVERED → FOLLOWED_UP → CLOSED}; steps may be skipped forward
 * (a case may be closed straight away when the customer cannot be reached), never backward.
 *
 * <p>The follow-up is promised by {@link #followUpDue()}, by default {@link #DEFAULT_FOLLOW_UP} after
 * the report was submitted. Until the case is followed up or closed it is overdue once that passes.
 */
@Entity
@Table(name = "recovery_case")
public class RecoveryCase {
    public static final Duration DEFAULT_FOLLOW_UP = Duration.ofHours(48);
    /** "Due soon": the follow-up falls within this window from now. */
    public static final Duration DUE_SOON = Duration.ofHours(48);
    /** As long as a report may name them: a case is opened from what the report told ({@link ReportSubmitted}). */
    public static final int MAX_CUSTOMER_REF = CustomerReference.MAX;
    public static final int MAX_NOTE = StepNote.MAX;
    public static final int MAX_BY = ByWhom.MAX;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "report_id", nullable = false, length = 36)
    private String reportId;

    @Column(name = "team_id", nullable = false, length = 36)
    private String teamId;

    @Column(name = "customer_ref", nullable = false, length = 2 * MAX_CUSTOMER_REF)
    private String customerRef;

    @Column(nullable = false)
    private boolean proactive;

    @Column(length = 2 * MAX_NOTE)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecoveryStatus status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "follow_up_due", nullable = false)
    private Instant followUpDue;

    @Column(name = "apologised_at")
    private Instant apologisedAt;

    @Column(name = "apology_by", length = 2 * MAX_BY)
    private String apologyBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "apology_channel", length = 20)
    private ContactChannel apologyChannel;

    @Embedded
    private Remedy remedy;

    @Column(name = "remedy_delivered_at")
    private Instant remedyDeliveredAt;

    @Column(name = "followed_up_at")
    private Instant followedUpAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private RecoveryOutcome outcome;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "thank_bystanders", nullable = false)
    private boolean thankBystanders;

    @Column(name = "bystanders_thanked_at")
    private Instant bystandersThankedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recovery_step", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<RecoveryStepEntry> steps = new ArrayList<>();

    /** When the retention sweep took the customer's reference and the notes out (docs/adr/0052); null while kept. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Version
    private long version;

    protected RecoveryCase() {
    }

    /**
     * Opens the case for one affected customer when the report is submitted.
     *
     * @param followUpDue when to follow up with the customer, or null for {@link #DEFAULT_FOLLOW_UP} after {@code submittedAt}
     */
    public static RecoveryCase open(String reportId, String teamId, String customerRef, boolean proactive, String note,
                                    boolean thankBystanders, Instant followUpDue, Instant submittedAt) {
        String ref = CustomerReference.of(customerRef).text();
        RecoveryCase recovery = new RecoveryCase();
        recovery.id = Ids.newId();
        recovery.reportId = Objects.requireNonNull(reportId);
        recovery.teamId = Objects.requireNonNull(teamId);
        recovery.customerRef = ref;
        recovery.proactive = proactive;
        recovery.note = CustomerNote.of(note).text();
        recovery.thankBystanders = thankBystanders;
        recovery.status = RecoveryStatus.OPEN;
        recovery.openedAt = Objects.requireNonNull(submittedAt);
        recovery.followUpDue = followUpDue == null ? submittedAt.plus(DEFAULT_FOLLOW_UP) : followUpDue;
        return recovery;
    }

    /** The apology: when, through which channel and by whom (a role or a name the recorder chooses to give). */
    public void contact(Instant at, ContactChannel channel, String by, String stepNote) {
        moveTo(RecoveryStatus.CONTACTED);
        String byWhom = ByWhom.of(by).text();
        apologisedAt = Objects.requireNonNull(at);
        apologyChannel = channel;
        apologyBy = byWhom;
        log(RecoveryStep.CONTACTED, at, stepNote);
    }

    public void deliverRemedy(Remedy given, Instant at, String stepNote) {
        Objects.requireNonNull(given, "remedy");
        moveTo(RecoveryStatus.REMEDY_DELIVERED);
        remedy = given;
        remedyDeliveredAt = Objects.requireNonNull(at);
        log(RecoveryStep.REMEDY_DELIVERED, at, stepNote);
    }

    /** The promised follow-up happened; the customer's outcome is what it showed. */
    public void followUp(RecoveryOutcome how, Instant at, String stepNote) {
        Objects.requireNonNull(how, "outcome");
        moveTo(RecoveryStatus.FOLLOWED_UP);
        outcome = how;
        followedUpAt = Objects.requireNonNull(at);
        log(RecoveryStep.FOLLOWED_UP, at, stepNote);
    }

    /** Closes the case. Without an outcome given now or before, the outcome is {@link RecoveryOutcome#UNKNOWN}. */
    public void close(RecoveryOutcome how, Instant at, String stepNote) {
        moveTo(RecoveryStatus.CLOSED);
        if (how != null) {
            outcome = how;
        } else if (outcome == null) {
            outcome = RecoveryOutcome.UNKNOWN;
        }
        closedAt = Objects.requireNonNull(at);
        log(RecoveryStep.CLOSED, at, stepNote);
    }

    /** The people who waited while this customer was helped have been thanked. Once per case; does not move the case. */
    public void thankBystanders(Instant at, String stepNote) {
        if (bystandersThankedAt != null) {
            throw new BystandersThankedAlready();
        }
        thankBystanders = true;
        bystandersThankedAt = Objects.requireNonNull(at);
        log(RecoveryStep.BYSTANDERS_THANKED, at, stepNote);
    }

    /**
     * A letter drafted from the named template went to the customer through {@code channel}. Any number of letters,
     * in any state; does not move the case. The letter's words are not kept.
     */
    public void recordLetterSent(ContactChannel channel, String templateName, Instant at) {
        steps.add(new RecoveryStepEntry(Objects.requireNonNull(at), Objects.requireNonNull(channel, "channel"),
                Objects.requireNonNull(templateName, "templateName")));
    }

    private void moveTo(RecoveryStatus next) {
        if (next.ordinal() <= status.ordinal()) {
            throw new RecoveryCannotGoBack(status, next);
        }
        status = next;
    }

    private void log(RecoveryStep step, Instant at, String stepNote) {
        steps.add(new RecoveryStepEntry(step, at, checkedNote(stepNote)));
    }

    private static String checkedNote(String text) {
        return StepNote.of(text).text();
    }

    /** The follow-up date has passed and the follow-up has not happened. */
    public boolean isOverdueAt(Instant now) {
        return !status.isSettled() && now.isAfter(followUpDue);
    }

    /** Not overdue yet, but the follow-up falls within {@link #DUE_SOON}. */
    public boolean isDueSoonAt(Instant now) {
        return !status.isSettled() && !now.isAfter(followUpDue) && followUpDue.isBefore(now.plus(DUE_SOON));
    }

    public String id() {
        return id;
    }

    public String reportId() {
        return reportId;
    }

    public String teamId() {
        return teamId;
    }

    public String customerRef() {
        return customerRef;
    }

    public boolean proactive() {
        return proactive;
    }

    public String note() {
        return note;
    }

    public RecoveryStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant followUpDue() {
        return followUpDue;
    }

    public Instant apologisedAt() {
        return apologisedAt;
    }

    public String apologyBy() {
        return apologyBy;
    }

    public ContactChannel apologyChannel() {
        return apologyChannel;
    }

    public Optional<Remedy> remedy() {
        return Optional.ofNullable(remedy).filter(r -> r.type() != null);
    }

    public Instant remedyDeliveredAt() {
        return remedyDeliveredAt;
    }

    public Instant followedUpAt() {
        return followedUpAt;
    }

    public RecoveryOutcome outcome() {
        return outcome;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public boolean thankBystanders() {
        return thankBystanders;
    }

    public Instant bystandersThankedAt() {
        return bystandersThankedAt;
    }

    public List<RecoveryStepEntry> steps() {
        return List.copyOf(steps);
    }

    public long version() {
        return version;
    }

    /**
     * Takes out what identifies the customer or tells their story once the case's retention period is over: the
     * customer's reference, the notes and who apologised. Status, steps, days, remedy and outcome stay, so insights
     * still count the case. The caller checks that the report is not under a legal hold.
     */
    public void anonymise(Instant at) {
        if (status != RecoveryStatus.CLOSED) {
            throw new IllegalStateException();
        }
        customerRef = "";
        note = null;
        apologyBy = null;
        steps.replaceAll(RecoveryStepEntry::withoutNote);
        anonymisedAt = Objects.requireNonNull(at);
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }
}
