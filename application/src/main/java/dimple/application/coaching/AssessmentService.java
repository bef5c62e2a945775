package dimple.application.coaching;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.CurrentActor;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.PageView;
import dimple.application.shared.Paging;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.coaching.Assessment;
import dimple.domain.coaching.AssessmentReason;
import dimple.domain.coaching.AssessmentRepository;
import dimple.domain.coaching.Behaviour;
import dimple.domain.coaching.CoachingViewer;
import dimple.domain.coaching.FourTests;
import dimple.domain.coaching.Response;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.TeamRepository;
import dimple.domain.shared.Ids;
import dimple.domain.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Just Culture assessments (restricted). A leader opens one on a named report of a team they lead,
 * about a member of a team they lead; a confidential report is refused (409). An assessment is seen by
 * its assessor (while they lead the team), the person assessed and HR; to anyone else it does not
 * exist (404). Every read is audited.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {
    /** How many named reports the form offers to choose from. */
    public static final int REPORT_CHOICES = 100;

    private AssessmentRepository assessments;
    private ReportFacts reports;
    private AuditTrail audit;
    private Clock clock;
    private Lane lane;

    protected AssessmentService() {
    }

    @Inject
    public AssessmentService(AssessmentRepository assessments, ReportFacts reports, AccountRepository accounts, TeamRepository teams,
                             TeamRoster roster, CurrentUser currentUser, CurrentActor actor, AuditTrail audit, Clock clock) {
        this.assessments = assessments;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
        this.lane = new Lane(accounts, teams, roster, currentUser, actor);
    }

    /**
     * Records an assessment. A report the caller may not see is missing (404); a person who is not a
     * member of a team the caller leads is refused (403); a confidential report is refused by the
     * firewall (409), and so is assessing oneself.
     */
    @RequiresPermissions(Permission.ASSESSMENT_RECORD)
    public AssessmentView open(OpenAssessment command) {
        Account me = lane.me();
        OpenAssessment.Tests tests = command.tests() == null ? new OpenAssessment.Tests(null, null, null, null) : command.tests();
        Check check = Check.input()
                .required("reportId", command.reportId(), "field.report")
                .required("subject", command.subject(), "field.personAssessed");
        check.valid("reason", AssessmentReason::of, command.reason());
        check.required("tests.deliberateHarm", tests.deliberateHarm(), "field.theDeliberateHarmTest")
                .required("tests.health", tests.health(), "field.theHealthTest")
                .required("tests.foresight", tests.foresight(), "field.theForesightTest")
                .required("tests.substitution", tests.substitution(), "field.theSubstitutionTest")
                .required("behaviour", command.behaviour(), "field.behaviour")
                .required("response", command.response(), "field.response");
        Behaviour behaviour = check.known("behaviour", command.behaviour(), Behaviour.class, "field.behaviour");
        Response response = check.known("response", command.response(), Response.class, "field.response");
        check.orRefuse();

        ReportFact report = (Ids.looksLikeId(command.reportId()) ? reports.find(command.reportId()) : java.util.Optional.<ReportFact>empty())
                .filter(r -> me.leads(r.teamId()))
                .orElseThrow(() -> new RecordNotFound("report"));
        Account subject = lane.byUsername(command.subject()).orElseThrow(AccessRefused::new);
        String teamId = lane.ledTeamOf(me, subject, report.teamId()).orElseThrow(AccessRefused::new);
        Assessment assessment = Assessment.record(report.toAssessed(), subject.id(), me.id(), teamId, command.reason(),
                FourTests.answered(tests.deliberateHarm(), tests.health(), tests.foresight(), tests.substitution()), behaviour, response,
                null, clock.instant());
        assessments.save(assessment);
        audit.record(AuditAction.ASSESSMENT_RECORDED, assessment.id(), "report=" + report.number() + ", behaviour=" + behaviour
                + ", response=" + response + (assessment.selfReportCredit() ? ", self-report credit" : ""));
        return view(assessment, lane.accountsById(Set.of(subject.id(), me.id())), lane.teamNames());
    }

    /** One assessment, for its assessor, the person assessed and HR. The read is audited. */
    @RequiresPermissions(Permission.COACHING_READ_OWN)
    public AssessmentView find(String id) {
        Account me = lane.me();
        Assessment assessment = visible(id, lane.viewer(me));
        audit.record(AuditAction.ASSESSMENT_READ, assessment.id(), null);
        return view(assessment, lane.accountsById(List.of(assessment.subjectAccountId(), assessment.assessorAccountId())), lane.teamNames());
    }

    /** The assessments the caller may see, newest first. A page that shows any is audited. */
    @RequiresPermissions(Permission.COACHING_READ_OWN)
    public PageView<AssessmentView> list(Integer page, Integer size) {
        Account me = lane.me();
        Page<Assessment> found = assessments.visibleTo(lane.viewer(me), Paging.request(page, size));
        if (!found.items().isEmpty()) {
            audit.record(AuditAction.ASSESSMENTS_LISTED, null, found.items().size() + " of " + found.total() + ", page " + found.page());
        }
        Map<String, Account> people = lane.accountsById(found.items().stream()
                .flatMap(a -> Stream.of(a.subjectAccountId(), a.assessorAccountId())).collect(Collectors.toSet()));
        Map<String, String> teamNames = lane.teamNames();
        return Paging.view(found, a -> view(a, people, teamNames));
    }

    /** What the form offers: members of the teams the caller leads, and the named reports of those teams. */
    @RequiresPermissions(Permission.ASSESSMENT_RECORD)
    public AssessmentOptions options() {
        Account me = lane.me();
        Map<String, String> teamNames = lane.teamNames();
        List<ReportFact> named = me.leadsTeams().isEmpty() ? List.of() : reports.namedReportsOf(me.leadsTeams(), REPORT_CHOICES);
        Map<String, Account> reporters = lane.accountsById(named.stream().map(ReportFact::reporterAccountId).toList());
        List<ReportOption> reportOptions = named.stream().filter(r -> !r.confidential()).map(r -> {
            Account reporter = reporters.get(r.reporterAccountId());
            return new ReportOption(r.reportId(), r.number(), r.title(), teamNames.get(r.teamId()),
                    reporter == null ? null : reporter.username(), reporter == null ? null : reporter.displayName(), r.occurredAt());
        }).toList();
        return new AssessmentOptions(lane.membersLedBy(me), reportOptions);
    }

    private Assessment visible(String id, CoachingViewer viewer) {
        if (!Ids.looksLikeId(id)) {
            throw new RecordNotFound("assessment");
        }
        return assessments.findById(id).filter(a -> a.isVisibleTo(viewer)).orElseThrow(() -> new RecordNotFound("assessment"));
    }

    static AssessmentView view(Assessment a, Map<String, Account> people, Map<String, String> teamNames) {
        Account subject = people.get(a.subjectAccountId());
        Account assessor = people.get(a.assessorAccountId());
        FourTests t = a.tests();
        return new AssessmentView(a.id(), a.reportId(), a.reportNumber(), subject == null ? null : subject.username(),
                subject == null ? null : subject.displayName(), assessor == null ? null : assessor.username(),
                assessor == null ? null : assessor.displayName(), teamNames.get(a.teamId()), a.reason(),
                new AssessmentView.TestsView(t.deliberateHarm(), t.health(), t.foresight(), t.substitution()), a.behaviour().name(),
                a.response().name(), a.selfReportCredit(), a.assessedAt(), a.retainUntil());
    }
}
