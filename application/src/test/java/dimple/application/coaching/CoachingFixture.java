package dimple.application.coaching;

import dimple.application.audit.AuditTrail;
import dimple.application.reporting.ReportingFixture;
import dimple.application.shared.PermissionCheck;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.audit.AuditEntry;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The demo organisation of {@link ReportingFixture} (Front Desk: emma, lena leads; Online Orders: eli,
 * leo leads; hana HR; admin) with the accountability lane wired over in-memory fakes, as CDI wires it.
 * Reports are filed through the real reporting service, so the firewall is tested against real reports.
 */
public class CoachingFixture {
    public final ReportingFixture world = new ReportingFixture();
    public final InMemoryAssessments assessments = new InMemoryAssessments();
    public final InMemoryCoachingRecords records = new InMemoryCoachingRecords();
    public final InMemoryReportFacts reportFacts = new InMemoryReportFacts(world.reports);
    public final InMemoryTeamRoster roster = new InMemoryTeamRoster(world.accounts);
    public final RecordingExporter exporter = new RecordingExporter(records);
    public final AuditTrail trail = new AuditTrail(world.audit, new dimple.application.audit.InMemoryConfidentialActivity(), world.currentUser, world.clock);
    public final AssessmentService assessing = new AssessmentService(assessments, reportFacts, world.accounts, world.teams, roster,
            world.currentUser, world.actor, trail, world.clock);
    public final CoachingService coaching = new CoachingService(records, assessments, reportFacts, world.accounts, world.teams, roster,
            world.currentUser, world.actor, trail, world.events, world.clock);
    public final CoachingExportService exports = new CoachingExportService(exporter, world.accounts, world.teams, roster,
            world.currentUser, world.actor, trail, world.clock);
    public final CoachingRetention retention = new CoachingRetention(records, assessments, trail, world.clock);
    public final CoachingLegalHoldService holds = new CoachingLegalHoldService(records, world.accounts, world.teams, roster, world.currentUser,
            world.actor, trail, world.clock);

    /** Signs this person in, with exactly the permissions of their roles. */
    public CoachingFixture as(String username) {
        world.as(username);
        return this;
    }

    public LocalDate today() {
        return world.clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** A report filed by this person through the reporting service (it happened an hour ago); returns its id. */
    public String report(String reporter, String team, String mode) {
        String id = world.as(reporter).reporting.submit(world.report("Guest charged twice", team, mode)).id();
        world.currentUser.signOut();
        return id;
    }

    public String namedReport(String reporter, String team) {
        return report(reporter, team, "NAMED");
    }

    public static OpenAssessment assessment(String reportId, String subject) {
        return new OpenAssessment(reportId, subject, "The payment was run twice after the terminal timed out.",
                new OpenAssessment.Tests(false, false, true, true), "AT_RISK", "COACH");
    }

    public DraftCoachingRecord record(String employee, String topic) {
        LocalDate held = today().minusDays(1);
        return new DraftCoachingRecord(employee, held, topic, "Check the terminal log before a second attempt.",
                "Ran the payment again after a time-out.", "Check the log first; ask the shift lead when unsure.", held.plusDays(14),
                List.of(), null, null);
    }

    /** A record written by the coach for the employee and shared with them; returns its id. */
    public String sharedRecord(String coach, String employee, String topic) {
        as(coach);
        String id = coaching.draft(record(employee, topic)).id();
        coaching.share(new ChangeCoachingRecord(id, null));
        world.currentUser.signOut();
        return id;
    }

    public String draftRecord(String coach, String employee, String topic) {
        as(coach);
        String id = coaching.draft(record(employee, topic)).id();
        world.currentUser.signOut();
        return id;
    }

    public List<AuditEntry> audited(String action) {
        return world.audit.withAction(action);
    }

    /**
     * Runs the permission check exactly as the interceptor does before a call of this service method:
     * refuses (403) unless the signed-in person holds every permission the method names.
     */
    public void guardOf(Class<?> service, String methodName) {
        Method method = Arrays.stream(service.getDeclaredMethods()).filter(m -> m.getName().equals(methodName)).findFirst().orElseThrow();
        RequiresPermissions guard = method.getAnnotation(RequiresPermissions.class);
        PermissionCheck.verify(world.currentUser, guard.value());
    }
}
