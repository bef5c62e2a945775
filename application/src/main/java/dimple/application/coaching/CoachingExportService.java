package dimple.application.coaching;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.CurrentActor;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.ExportTarget;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.coaching.CoachingRecordQuery;
import dimple.domain.coaching.CoachingViewer;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * HR's export of coaching records as CSV, XLSX or PDF: every shared record the filter selects (drafts
 * are the coach's notes, not yet records), in the order of HR's list (newest day first). The download is named after the day
 * ({@code coaching-records-2026-11-23.csv}) and streamed. Every export is audited with who, when, the
 * filter, the format and the number of records, also when it is interrupted part-way.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = ExportInterrupted.class)
public class CoachingExportService {
    /**
     * The organisation's time zone for the files' times. Dimple has no setting for it yet: the pages show
     * every time in UTC ({@code Formats}, the date fields' converters), so the exports do too (ADR 24).
     */
    static final ZoneId ZONE = ZoneId.of("UTC");

    private CoachingExporter exporter;
    private CurrentUser currentUser;
    private AuditTrail audit;
    private Clock clock;
    private Lane lane;

    protected CoachingExportService() {
    }

    @Inject
    public CoachingExportService(CoachingExporter exporter, AccountRepository accounts, TeamRepository teams, TeamRoster roster,
                                 CurrentUser currentUser, CurrentActor actor, AuditTrail audit, Clock clock) {
        this.exporter = exporter;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.lane = new Lane(accounts, teams, roster, currentUser, actor);
    }

    /** Checks the request and names the download; nothing is written yet. Refusals (400, 403) happen here. */
    @RequiresPermissions(Permission.COACHING_EXPORT)
    public ExportPlan plan(ExportRequest request) {
        Check check = Check.input().required("format", request.format(), "field.format");
        ExportFormat format = ExportFormat.named(request.format());
        check.that(request.format() == null || request.format().isBlank() || format != null, "format", "input.export.format");
        CoachingFilter filter = request.filter() == null ? CoachingFilter.everything() : request.filter();
        lane.query(hrViewer(lane.me()), filter, true, check);
        String day = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return new ExportPlan(new ExportRequest(format.extension(), filter), format, "coaching-records-" + day + "." + format.extension(),
                format.mediaType());
    }

    /**
     * Writes a planned export to the stream, in the words the web tier gives (the reader's language), and
     * audits it; returns how many records were written.
     */
    @RequiresPermissions(Permission.COACHING_EXPORT)
    public long write(ExportPlan plan, ExportWords words, OutputStream out) {
        ExportPlan checked = plan(plan.request());
        Account me = lane.me();
        CoachingFilter filter = checked.request().filter();
        CoachingRecordQuery query = lane.query(hrViewer(me), filter, true).orElseThrow();
        String described = Lane.describe(filter);
        ExportHeading heading = new ExportHeading(filter, me.displayName() + " (" + me.username() + ")", clock.instant(), ZONE);
        long rows;
        try {
            rows = exporter.write(query, checked.format(), heading, words, out);
        } catch (ExportInterrupted e) {
            audit.record(AuditAction.COACHING_RECORDS_EXPORTED, checked.fileName(),
                    "format=" + checked.format().extension() + ", rows=" + e.rowsWritten() + " (interrupted), filter: " + described);
            throw e;
        }
        audit.record(AuditAction.COACHING_RECORDS_EXPORTED, checked.fileName(),
                "format=" + checked.format().extension() + ", rows=" + rows + ", filter: " + described);
        return rows;
    }

    /**
     * Checks the request, opens the target (where a page sets its download headers) and writes the
     * export in the given words: one call for a page's download button.
     */
    @RequiresPermissions(Permission.COACHING_EXPORT)
    public long export(ExportRequest request, ExportWords words, ExportTarget target) {
        ExportPlan plan = plan(request);
        return write(plan, words, target.opened(plan.fileName(), plan.mediaType()));
    }

    /** HR sees every shared record; the export never includes drafts. */
    private CoachingViewer hrViewer(Account me) {
        return new CoachingViewer(me.id(), Set.of(), currentUser.isPermitted(Permission.COACHING_READ_ALL));
    }
}
