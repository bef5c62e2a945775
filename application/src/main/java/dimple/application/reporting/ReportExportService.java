package dimple.application.reporting;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.CurrentActor;
import dimple.application.shared.CsvTables;
import dimple.application.shared.ExportTarget;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.reporting.CustomField;
import dimple.domain.reporting.CustomFieldRepository;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReportQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The leaders' CSV export of a team inbox (issue 13): the reports the same filter selects in the inbox, in the inbox's
 * order (newest first), one row each, with one column per custom field of the teams exported. Streamed: the reports are
 * read {@value #CHUNK} at a time and each chunk is forgotten once written.
 *
 * <p>Confidentiality: a confidential report's row names nobody, also not when the reader filed it (a file travels, and
 * its rows must read the same whoever filed them); its submission time is the day only, as stored and as the inbox shows
 * it. Every export is audited with the filter and the number of rows, also when it stops part-way.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = UncheckedIOException.class)
public class ReportExportService {
    /** How many reports are read and written at a time. */
    static final int CHUNK = 500;
    static final String MEDIA_TYPE = "text/csv; charset=UTF-8; header=present";
    /** The fixed columns, in order; each heading is the word {@code export.reports.column.<name>}. */
    static final List<String> COLUMNS = List.of("number", "submittedAt", "team", "status", "kind", "customerImpact", "title", "occurredAt",
            "reporter", "affectedCustomers");

    private MistakeReportRepository reports;
    private RecoveriesOfReports recoveries;
    private CustomFieldRepository customFields;
    private AccountRepository accounts;
    private TeamRepository teams;
    private CurrentActor actor;
    private AuditTrail audit;
    private CsvTables csv;
    private Clock clock;
    private InboxQueries inboxQueries;

    protected ReportExportService() {
    }

    @Inject
    public ReportExportService(MistakeReportRepository reports, RecoveriesOfReports recoveries, CustomFieldRepository customFields,
                               AccountRepository accounts, TeamRepository teams, CurrentActor actor, AuditTrail audit, CsvTables csv,
                               Clock clock) {
        this.reports = reports;
        this.recoveries = recoveries;
        this.customFields = customFields;
        this.accounts = accounts;
        this.teams = teams;
        this.actor = actor;
        this.audit = audit;
        this.csv = csv;
        this.clock = clock;
        this.inboxQueries = new InboxQueries(teams, customFields);
    }

    /** Checks the filter as the inbox does (a bad one is refused, 400) and names the download; nothing is written yet. */
    @RequiresPermissions(Permission.REPORT_READ_TEAM)
    public ReportExport plan(InboxFilter filter) {
        InboxFilter f = filter == null ? InboxFilter.everything() : filter;
        inboxQueries.query(me(), f);
        String day = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return new ReportExport(f, "reports-" + day + ".csv", MEDIA_TYPE);
    }

    /** Writes a planned export to the stream in these words and audits it; returns how many reports were written. */
    @RequiresPermissions(Permission.REPORT_READ_TEAM)
    public long write(ReportExport export, ReportExportWords words, OutputStream out) {
        ReportExport checked = plan(export.filter());
        Account me = me();
        Optional<ReportQuery> query = inboxQueries.query(me, checked.filter());
        List<CustomField> fields = query.map(q -> fieldsOf(q.teamIds())).orElse(List.of());
        Map<String, String> teamNames = teams.findAll().stream().collect(Collectors.toMap(Team::id, Team::name));
        Set<String> teamIds = query.map(ReportQuery::teamIds).orElse(Set.of());
        long[] written = {0};
        boolean finished = false;
        try {
            CsvTables.CsvTable table = csv.open(out, headings(fields, teamNames, teamIds.size() > 1, words));
            if (query.isPresent()) {
                Map<String, String> reporterNames = new HashMap<>();
                reports.eachChunk(query.get(), CHUNK, chunk -> {
                    Map<String, Long> affected = recoveries.affectedCustomers(chunk.stream().map(MistakeReport::id).toList());
                    namesOfReporters(chunk, reporterNames);
                    try {
                        for (MistakeReport report : chunk) {
                            table.row(row(report, teamNames, reporterNames, affected, fields, words));
                            written[0]++;
                        }
                        table.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            table.flush();
            finished = true;
            return written[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            audit.record(AuditAction.REPORTS_EXPORTED, checked.fileName(),
                    "rows=" + written[0] + (finished ? "" : " (interrupted)") + ", filter: " + describe(checked.filter()));
        }
    }

    /** Checks the filter, opens the target (where a page sets its download headers) and writes the export: a page's download button. */
    @RequiresPermissions(Permission.REPORT_READ_TEAM)
    public long export(InboxFilter filter, ReportExportWords words, ExportTarget target) {
        ReportExport plan = plan(filter);
        return write(plan, words, target.opened(plan.fileName(), plan.mediaType()));
    }

    /** The custom fields of these teams: the active ones by team and place, then the removed ones the same way. */
    private List<CustomField> fieldsOf(Set<String> teamIds) {
        Map<String, String> names = teams.findByIds(teamIds).stream().collect(Collectors.toMap(Team::id, Team::name));
        List<CustomField> all = new ArrayList<>();
        teamIds.forEach(id -> all.addAll(customFields.ofTeam(id)));
        all.sort(Comparator.comparing(CustomField::isRetired)
                .thenComparing(f -> names.getOrDefault(f.teamId(), ""), String.CASE_INSENSITIVE_ORDER)
                .thenComparingInt(CustomField::position).thenComparing(CustomField::key));
        return all;
    }

    private static List<String> headings(List<CustomField> fields, Map<String, String> teamNames, boolean severalTeams, ReportExportWords words) {
        List<String> headings = new ArrayList<>();
        COLUMNS.forEach(c -> headings.add(words.text("export.reports.column." + c)));
        for (CustomField f : fields) {
            String label = severalTeams ? words.text("export.reports.field.ofTeam", teamNames.get(f.teamId()), f.label()) : f.label();
            headings.add(f.isRetired() ? words.text("export.reports.field.removed", label) : label);
        }
        return headings;
    }

    private static List<String> row(MistakeReport r, Map<String, String> teamNames, Map<String, String> reporterNames, Map<String, Long> affected,
                                    List<CustomField> fields, ReportExportWords words) {
        List<String> cells = new ArrayList<>(COLUMNS.size() + fields.size());
        cells.add(r.number());
        cells.add(words.when(r.submittedAt(), r.isConfidential()));
        cells.add(teamNames.get(r.teamId()));
        cells.add(words.text("label.report.statuses." + r.status().name()));
        cells.add(words.kind(r.kind().name()));
        cells.add(words.impact(r.customerImpact().name()));
        // A report past its retention has no words left: the file says so, as the inbox and the page do.
        cells.add(r.isAnonymised() ? words.text("report.anonymised.title") : r.title());
        cells.add(words.when(r.occurredAt(), false));
        // Never a name for a confidential or anonymous report, whoever reads the file.
        cells.add(r.isAnonymous() ? words.text("export.reports.anonymous")
                : r.isConfidential() ? words.text("export.reports.confidential")
                : r.reporterAccountId() == null ? words.text("export.reports.removed") : reporterNames.get(r.reporterAccountId()));
        cells.add(String.valueOf(affected.getOrDefault(r.id(), 0L)));
        String yes = words.text("label.yes");
        String no = words.text("label.no");
        Map<String, String> values = r.customValues();
        for (CustomField f : fields) {
            String stored = values.get(f.id());
            cells.add(stored == null ? null
                    : new CustomValueView(f.key(), f.label(), f.type().name(), CustomValueView.valueOf(f.type().name(), stored), f.isRetired())
                            .text(yes, no));
        }
        return cells;
    }

    /** Adds the names of this chunk's named reporters not met before (bounded by the organisation's people). */
    private void namesOfReporters(List<MistakeReport> chunk, Map<String, String> names) {
        Set<String> wanted = new HashSet<>();
        chunk.stream().filter(r -> !r.isConfidential()).map(MistakeReport::reporterAccountId).filter(id -> id != null && !names.containsKey(id))
                .forEach(wanted::add);
        if (!wanted.isEmpty()) {
            accounts.findByIds(wanted).forEach(a -> names.put(a.id(), a.displayName()));
        }
    }

    /** The filter for the audit line: what was asked, never a name of a reporter (none can be asked for). */
    static String describe(InboxFilter f) {
        List<String> parts = new ArrayList<>();
        add(parts, "team", f.team());
        add(parts, "status", f.status());
        add(parts, "kind", f.kind());
        add(parts, "customerImpact", f.customerImpact());
        add(parts, "from", f.from() == null ? null : f.from().toString());
        add(parts, "to", f.to() == null ? null : f.to().toString());
        add(parts, "q", f.words());
        add(parts, "field", f.field());
        add(parts, "value", f.fieldValue());
        return parts.isEmpty() ? "all reports of the teams led" : String.join(", ", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + ReportingService.abbreviate(value));
        }
    }

    private Account me() {
        return actor.account(accounts);
    }
}
