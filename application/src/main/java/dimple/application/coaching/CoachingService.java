package dimple.application.coaching;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.CurrentActor;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.EventPublisher;
import dimple.application.shared.PageView;
import dimple.application.shared.PublishesEvents;
import dimple.application.shared.Paging;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.coaching.AgreedActions;
import dimple.domain.coaching.Assessment;
import dimple.domain.coaching.AssessmentRepository;
import dimple.domain.coaching.CoachingRecord;
import dimple.domain.coaching.CoachingRecordQuery;
import dimple.domain.coaching.CoachingRecordRepository;
import dimple.domain.coaching.CoachingStatus;
import dimple.domain.coaching.Conversation;
import dimple.domain.coaching.EmployeeComment;
import dimple.domain.coaching.EmployeeResponse;
import dimple.domain.coaching.Expectation;
import dimple.domain.coaching.Observations;
import dimple.domain.coaching.Topic;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.shared.Ids;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Coaching records: a leader writes one for a member of a team they lead (on its own or following an
 * assessment that called for coaching), revises the draft, shares it, and closes it after the employee
 * acknowledged or declined it with a comment. The coach sees their records while they lead the team;
 * the employee and HR see them once shared; to anyone else a record does not exist (404). Every read
 * is audited. Sharing tells the employee in the app, and their answer tells the coach (ids only).
 */
@ApplicationScoped
@Transactional
@PublishesEvents
public class CoachingService {
    private CoachingRecordRepository records;
    private AssessmentRepository assessments;
    private ReportFacts reports;
    private AuditTrail audit;
    private Clock clock;
    private EventPublisher events;
    private Lane lane;

    protected CoachingService() {
    }

    @Inject
    public CoachingService(CoachingRecordRepository records, AssessmentRepository assessments, ReportFacts reports,
                           AccountRepository accounts, TeamRepository teams, TeamRoster roster, CurrentUser currentUser, CurrentActor actor,
                           AuditTrail audit, EventPublisher events, Clock clock) {
        this.records = records;
        this.events = events;
        this.assessments = assessments;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
        this.lane = new Lane(accounts, teams, roster, currentUser, actor);
    }

    /**
     * Writes a draft. The employee must be a member of a team the caller leads (else 403); an assessment
     * it follows must be one the caller may see (else 404), about that employee, and have called for coaching.
     */
    @RequiresPermissions(Permission.COACHING_RECORD)
    public CoachingRecordView draft(DraftCoachingRecord command) {
        Account me = lane.me();
        Check check = Check.input().required("employee", command.employee(), "field.employee");
        checkConversation(check, command.heldAt(), command.topic(), command.expectation(), command.observations(), command.agreedActions(),
                command.followUpDate(), command.lessonIds(), command.retainUntil());
        check.orRefuse();
        Account employee = lane.byUsername(command.employee()).orElseThrow(AccessRefused::new);
        Conversation conversation = new Conversation(command.heldAt(), command.topic(), command.expectation(), command.observations(),
                command.agreedActions(), command.followUpDate(), command.lessonIds());
        CoachingRecord record;
        if (command.assessmentId() != null && !command.assessmentId().isBlank()) {
            Assessment assessment = Optional.of(command.assessmentId().strip()).filter(Ids::looksLikeId).flatMap(assessments::findById)
                    .filter(a -> a.isVisibleTo(lane.viewer(me)) && a.assessorAccountId().equals(me.id()))
                    .orElseThrow(() -> new RecordNotFound("assessment"));
            Check.input().that(assessment.isAbout(employee.id()), "employee", "input.coaching.assessmentAboutOther").orRefuse();
            record = CoachingRecord.draftFrom(assessment, me.id(), conversation, command.retainUntil(), clock.instant());
        } else {
            String teamId = lane.ledTeamOf(me, employee, null).orElseThrow(AccessRefused::new);
            record = CoachingRecord.draft(me.id(), employee.id(), teamId, conversation, command.retainUntil(), clock.instant());
        }
        records.save(record);
        audit.record(AuditAction.COACHING_RECORD_DRAFTED, record.id(),
                record.assessmentId() == null ? null : "following assessment " + record.assessmentId());
        return view(record, me);
    }

    /** The coach changes a draft; fields left null stay as they are. A shared record is frozen (409). */
    @RequiresPermissions(Permission.COACHING_RECORD)
    public CoachingRecordView revise(ReviseCoachingRecord command) {
        Account me = lane.me();
        CoachingRecord record = visible(command.id(), me);
        Lane.checkVersion(command.expectedVersion(), record.version());
        Conversation now = record.conversation();
        Conversation next;
        Check check = Check.input();
        LocalDate heldAt = command.heldAt() == null ? now.heldOn() : command.heldAt();
        LocalDate followUp = command.followUpDate() == null ? now.followUpOn() : command.followUpDate();
        String topic = command.topic() == null ? now.topic() : command.topic();
        String expectation = command.expectation() == null ? now.expectation() : command.expectation();
        String observations = command.observations() == null ? now.observations() : command.observations();
        String actions = command.agreedActions() == null ? now.agreedActions() : command.agreedActions();
        List<String> lessons = command.lessonIds() == null ? now.lessonIds() : command.lessonIds();
        LocalDate retainUntil = command.retainUntil() == null ? record.retainUntil() : command.retainUntil();
        checkConversation(check, heldAt, topic, expectation, observations, actions, followUp, lessons, retainUntil);
        check.orRefuse();
        next = new Conversation(heldAt, topic, expectation, observations, actions, followUp, lessons);
        record.revise(me.id(), next, retainUntil);
        records.save(record);
        audit.record(AuditAction.COACHING_RECORD_REVISED, record.id(), null);
        return view(record, me);
    }

    /** The coach shares the draft with the employee, who can then acknowledge or decline it. */
    @RequiresPermissions(Permission.COACHING_RECORD)
    public CoachingRecordView share(ChangeCoachingRecord command) {
        Account me = lane.me();
        CoachingRecord record = visible(command.id(), me);
        Lane.checkVersion(command.expectedVersion(), record.version());
        record.share(me.id(), clock.instant());
        records.save(record);
        events.publish(record.takeEvents());
        audit.record(AuditAction.COACHING_RECORD_SHARED, record.id(), null);
        return view(record, me);
    }

    /** The employee acknowledges or declines a shared record about them; declining needs a comment. */
    @RequiresPermissions(Permission.COACHING_ACKNOWLEDGE)
    public CoachingRecordView respond(RespondToCoachingRecord command) {
        Account me = lane.me();
        CoachingRecord record = visible(command.id(), me);
        if (!record.isAbout(me.id())) {
            throw new AccessRefused();
        }
        Check check = Check.input()
                .required("decision", command.decision(), "field.yourAnswer");
        check.valid("comment", EmployeeComment::of, command.comment());
        EmployeeResponse decision = check.known("decision", command.decision(), EmployeeResponse.class, "field.yourAnswer");
        check.that(decision != EmployeeResponse.DECLINED || (command.comment() != null && !command.comment().isBlank()), "comment", "rule.decliningNeedsAComment");
        check.orRefuse();
        Lane.checkVersion(command.expectedVersion(), record.version());
        if (decision == EmployeeResponse.ACKNOWLEDGED) {
            record.acknowledge(me.id(), command.comment(), clock.instant());
        } else {
            record.decline(me.id(), command.comment(), clock.instant());
        }
        records.save(record);
        events.publish(record.takeEvents());
        audit.record(decision == EmployeeResponse.ACKNOWLEDGED ? AuditAction.COACHING_RECORD_ACKNOWLEDGED : AuditAction.COACHING_RECORD_DECLINED,
                record.id(), record.employeeComment() == null ? null : "with a comment");
        return view(record, me);
    }

    /** The coach closes the record after the employee answered. */
    @RequiresPermissions(Permission.COACHING_RECORD)
    public CoachingRecordView close(ChangeCoachingRecord command) {
        Account me = lane.me();
        CoachingRecord record = visible(command.id(), me);
        Lane.checkVersion(command.expectedVersion(), record.version());
        record.close(me.id(), clock.instant());
        records.save(record);
        audit.record(AuditAction.COACHING_RECORD_CLOSED, record.id(), null);
        return view(record, me);
    }

    /** One record, for its coach, the employee and HR. The read is audited. */
    @RequiresPermissions(Permission.COACHING_READ_OWN)
    public CoachingRecordView find(String id) {
        Account me = lane.me();
        CoachingRecord record = visible(id, me);
        audit.record(AuditAction.COACHING_RECORD_READ, record.id(), null);
        return view(record, me);
    }

    /**
     * The records the caller may see (HR: every shared one; others: about them once shared, or written
     * by them), filtered, latest conversation first. A page that shows any record is audited with its filter.
     */
    @RequiresPermissions(Permission.COACHING_READ_OWN)
    public PageView<CoachingRecordSummary> list(CoachingFilter filter, Integer page, Integer size) {
        Account me = lane.me();
        CoachingFilter f = filter == null ? CoachingFilter.everything() : filter;
        PageRequest request = Paging.request(page, size);
        Optional<CoachingRecordQuery> query = lane.query(lane.viewer(me), f, false);
        if (query.isEmpty()) {
            return new PageView<>(List.of(), request.page(), request.size(), 0);
        }
        Page<CoachingRecord> found = records.search(query.get(), request);
        if (!found.items().isEmpty()) {
            audit.record(AuditAction.COACHING_RECORDS_LISTED, null,
                    found.items().size() + " of " + found.total() + ", page " + found.page() + ", filter: " + Lane.describe(f));
        }
        Map<String, Account> people = lane.accountsById(found.items().stream()
                .flatMap(r -> Stream.of(r.employeeAccountId(), r.coachAccountId())).collect(Collectors.toSet()));
        Map<String, String> teamNames = lane.teamNames();
        return Paging.view(found, r -> summary(r, me, people, teamNames));
    }

    /**
     * How many records shared with the caller wait for their acknowledgement or decline, for the dashboard's
     * badge. A count only: nothing of a record is read, so nothing is audited.
     */
    @RequiresPermissions(Permission.COACHING_ACKNOWLEDGE)
    public long awaitingMyAnswer() {
        Account me = lane.me();
        return records.search(new CoachingRecordQuery(lane.viewer(me), null, me.id(), null, null, null, CoachingStatus.SHARED),
                PageRequest.first(1)).total();
    }

    /** The people the caller may write a coaching record for: members of the teams they lead. */
    @RequiresPermissions(Permission.COACHING_RECORD)
    public List<PersonOption> people() {
        return lane.membersLedBy(lane.me());
    }

    /** Every team's name, for HR's filter. */
    @RequiresPermissions(Permission.COACHING_READ_ALL)
    public List<String> teamNames() {
        return lane.teamNames().values().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private void checkConversation(Check check, LocalDate heldAt, String topic, String expectation, String observations, String actions,
                                   LocalDate followUp, List<String> lessonIds, LocalDate retainUntil) {
        LocalDate today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        check.required("heldAt", heldAt, "field.dateHeld")
                .that(heldAt == null || !heldAt.isAfter(today), "heldAt", "input.coaching.heldInFuture");
        check.valid("topic", Topic::of, topic);
        check.valid("expectation", Expectation::of, expectation);
        check.valid("observations", Observations::of, observations);
        check.valid("agreedActions", AgreedActions::of, actions);
        check.required("followUpDate", followUp, "field.followUpDate")
                .that(followUp == null || heldAt == null || !followUp.isBefore(heldAt), "followUpDate", "input.coaching.followUpBefore")
                .that(retainUntil == null || retainUntil.isAfter(today), "retainUntil", "input.coaching.retainInPast")
                .that(retainUntil == null || heldAt == null || retainUntil.isAfter(heldAt), "retainUntil", "input.coaching.retainBeforeConversation")
                .that(retainUntil == null || heldAt == null || !retainUntil.isAfter(CoachingRecord.latestRetentionFor(heldAt)), "retainUntil", "input.coaching.retainTooLong",
                        CoachingRecord.MAX_RETENTION.getYears(), heldAt == null ? "" : CoachingRecord.latestRetentionFor(heldAt));
        if (lessonIds != null) {
            check.that(lessonIds.size() <= Conversation.MAX_LESSONS, "lessonIds", "input.coaching.tooManyLessons", Conversation.MAX_LESSONS);
            boolean wellFormed = lessonIds.stream().allMatch(id -> id != null && Ids.looksLikeId(id.strip()));
            check.that(wellFormed, "lessonIds", "input.coaching.lessonId");
            if (wellFormed && lessonIds.size() <= Conversation.MAX_LESSONS) {
                check.that(lessonIds.stream().noneMatch(id -> reports.find(id.strip()).isPresent()), "lessonIds", "input.coaching.lessonNotReport");
            }
        }
    }

    private CoachingRecord visible(String id, Account me) {
        return lane.visibleRecord(records, id, me);
    }

    private CoachingRecordView view(CoachingRecord r, Account me) {
        Map<String, Account> people = lane.accountsById(List.of(r.employeeAccountId(), r.coachAccountId()));
        Account employee = people.get(r.employeeAccountId());
        Account coach = people.get(r.coachAccountId());
        boolean isCoach = r.isCoachedBy(me.id()) && me.leads(r.teamId());
        CoachingStatus status = r.status();
        return new CoachingRecordView(r.id(), name(employee, true), name(employee, false), name(coach, true), name(coach, false),
                lane.teamNames().get(r.teamId()), r.assessmentId(), r.heldOn(), r.topic(), r.expectation(), r.observations(),
                r.agreedActions(), r.followUpOn(), r.lessonIds(), r.retainUntil(), status.name(), r.createdAt(), r.sharedAt(),
                r.employeeResponse() == null ? null : r.employeeResponse().name(), r.employeeComment(), r.respondedAt(), r.closedAt(),
                r.version(), isCoach && status == CoachingStatus.DRAFT, isCoach && status == CoachingStatus.DRAFT,
                r.isAbout(me.id()) && status == CoachingStatus.SHARED,
                isCoach && (status == CoachingStatus.ACKNOWLEDGED || status == CoachingStatus.DECLINED));
    }

    private static CoachingRecordSummary summary(CoachingRecord r, Account me, Map<String, Account> people, Map<String, String> teamNames) {
        Account employee = people.get(r.employeeAccountId());
        Account coach = people.get(r.coachAccountId());
        return new CoachingRecordSummary(r.id(), name(employee, true), name(employee, false), name(coach, true), name(coach, false),
                teamNames.get(r.teamId()), r.heldOn(), r.topic(), r.followUpOn(), r.status().name(),
                r.employeeResponse() == null ? null : r.employeeResponse().name(), r.respondedAt(),
                r.isAbout(me.id()) && r.status() == CoachingStatus.SHARED);
    }

    private static String name(Account account, boolean username) {
        if (account == null) {
            return null;
        }
        return username ? account.username() : account.displayName();
    }
}
