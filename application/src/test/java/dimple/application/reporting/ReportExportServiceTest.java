package dimple.application.reporting;

import static dimple.application.reporting.ReportingFixture.NOW;
import static dimple.application.reporting.ReportingFixture.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.RecordingCsvTables;
import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportExportServiceTest {
    /** Words that show their code (and arguments), and moments as ISO or "day" and the ISO day. */
    static final ReportExportWords WORDS = new ReportExportWords() {
        @Override
        public String text(String code, Object... args) {
            return args.length == 0 ? code : code + Arrays.toString(args);
        }

        @Override
        public String when(Instant at, boolean dayOnly) {
            return dayOnly ? "day " + at.toString().substring(0, 10) : at.toString();
        }
    };

    final ReportingFixture world = new ReportingFixture();
    final RecordingCsvTables csv = new RecordingCsvTables();
    final ReportExportService exports = new ReportExportService(world.reports, new dimple.application.recovery.CasesOfReports(world.recoveries),
            world.customFields, world.accounts, world.teams, world.actor,
            new AuditTrail(world.audit, world.confidentialActivity, world.currentUser, world.clock), csv, world.clock);

    private List<List<String>> export(String leader, InboxFilter filter) {
        world.as(leader);
        exports.write(exports.plan(filter), WORDS, new ByteArrayOutputStream());
        return csv.body();
    }

    @Test
    void export_hasOneRowPerReportOfTheTeamsTheLeaderLeads_newestFirst() {
        world.as("emma").reporting.submit(world.report("Room key for 214 went to 241", "Front Desk", "NAMED", customer("guest-214")));
        world.clock.advance(java.time.Duration.ofMinutes(5));
        world.as("emma").reporting.submit(world.report("Late checkout not noted", "Front Desk", "NAMED"));
        world.as("eli").reporting.submit(world.report("Parcel sent twice", "Online Orders", "NAMED"));

        List<List<String>> rows = export("lena", InboxFilter.everything());

        assertThat(csv.headings()).startsWith("export.reports.column.number", "export.reports.column.submittedAt", "export.reports.column.team",
                "export.reports.column.status", "export.reports.column.kind", "export.reports.column.customerImpact", "export.reports.column.title",
                "export.reports.column.occurredAt", "export.reports.column.reporter", "export.reports.column.affectedCustomers");
        assertThat(rows).extracting(r -> r.get(6)).containsExactly("Late checkout not noted", "Room key for 214 went to 241");
        List<String> first = rows.get(1);
        assertThat(first.subList(1, 10)).containsExactly(NOW.toString(), "Front Desk", "label.report.statuses.SUBMITTED",
                "label.report.kinds.NEAR_MISS", "label.report.impacts.MINOR", "Room key for 214 went to 241", NOW.minusSeconds(3600).toString(),
                "Emma Employee", "1");
        assertThat(first.get(0)).startsWith("R-");
    }

    @Test
    void export_withAFilter_keepsWhatTheInboxKeeps() {
        world.as("emma").reporting.submit(world.report("Room key for 214 went to 241", "Front Desk", "NAMED"));
        world.as("emma").reporting.submit(new SubmitReport("Good catch at the desk", "Spotted it", NOW, "Front Desk", "GOOD_CATCH", "NONE",
                "NAMED", null, List.of()));

        List<List<String>> rows = export("lena", new InboxFilter(null, null, "GOOD_CATCH", null, null, null, "desk"));

        assertThat(rows).extracting(r -> r.get(6)).containsExactly("Good catch at the desk");
        assertThat(world.auditLines()).filteredOn(l -> l.contains(AuditAction.REPORTS_EXPORTED)).singleElement().asString()
                .startsWith("lena | REPORTS_EXPORTED | reports-2026-11-23.csv | rows=1, filter: kind=GOOD_CATCH, q=desk");
    }

    @Test
    void confidentialRow_namesNobody_hasTheDayOnly_andReadsTheSameWhoeverFiledIt() {
        List<String> byEmma = confidentialRowFiledBy("emma");
        List<String> byLena = confidentialRowFiledBy("lena");

        assertThat(byEmma.get(1)).isEqualTo("day 2026-11-23");
        assertThat(byEmma.get(8)).isEqualTo("export.reports.confidential");
        assertThat(String.join("|", byEmma)).doesNotContain("emma", "Emma", world.accounts.get("emma").id());
        // The reporter reads the row too (lena leads her own team): still no name, and the same cells but the receipt.
        assertThat(byLena.subList(1, byLena.size())).isEqualTo(byEmma.subList(1, byEmma.size()));
    }

    @Test
    void aNamedReportPastItsRetention_namesNobody_inTheFileTheInboxOrItsPage() {
        ReportView filed = world.as("emma").reporting.submit(world.report("Room key for 214 went to 241", "Front Desk", "NAMED"));
        world.as("emma").reporting.withdraw(new WithdrawReport(filed.id(), null));
        world.reports.findById(filed.id()).orElseThrow().anonymise(NOW.plus(java.time.Duration.ofDays(800)));

        assertThat(export("lena", InboxFilter.everything())).singleElement().satisfies(row -> {
            assertThat(row.get(6)).as("the title's words are gone, and the file says so as the inbox does").isEqualTo("report.anonymised.title");
            assertThat(row.get(8)).isEqualTo("export.reports.removed");
            assertThat(String.join("|", row)).doesNotContain("Emma", world.accounts.get("emma").id());
        });
        assertThat(world.as("lena").reporting.inbox(InboxFilter.everything(), null, null).items()).singleElement()
                .satisfies(summary -> assertThat(summary.reporterName()).isNull());
        ReportView page = world.as("lena").reporting.find(filed.id());
        assertThat(page.reporter()).isNull();
        assertThat(page.reporterName()).isNull();
        assertThatThrownBy(() -> world.as("emma").reporting.find(filed.id())).as("no longer hers to open").isInstanceOf(RecordNotFound.class);
    }

    private List<String> confidentialRowFiledBy(String reporter) {
        ReportingFixture other = new ReportingFixture();
        RecordingCsvTables table = new RecordingCsvTables();
        ReportExportService service = new ReportExportService(other.reports, new dimple.application.recovery.CasesOfReports(other.recoveries),
                other.customFields, other.accounts, other.teams, other.actor,
                new AuditTrail(other.audit, other.confidentialActivity, other.currentUser, other.clock), table, other.clock);
        other.clock.advance(java.time.Duration.ofMinutes("emma".equals(reporter) ? 7 : 93));
        other.as(reporter).reporting.submit(world.report("Wrong room on the key card", "Front Desk", "CONFIDENTIAL", customer("guest-7")));
        other.as("lena");
        service.write(service.plan(InboxFilter.everything()), WORDS, new ByteArrayOutputStream());
        return table.body().get(0);
    }

    @Test
    void customFields_aColumnEach_activeInOrderThenRemoved_answersAsTheReportPageShowsThem() {
        world.as("lena");
        CustomFieldView shift = world.fields.define(new DefineCustomField("Front Desk", "Which shift", "CHOICE", false, null,
                List.of("Early", "Late")));
        CustomFieldView desk = world.fields.define(new DefineCustomField("Front Desk", "Desk", "TEXT", false, null, null));
        CustomFieldView guest = world.fields.define(new DefineCustomField("Front Desk", "Guest told", "YES_NO", false, null, null));
        world.as("emma").reporting.submit(new SubmitReport("Key card", "The encoder wrote the wrong room.", NOW.minusSeconds(60), "Front Desk",
                "NEAR_MISS", "MINOR", "NAMED", null, List.of(), Map.of(shift.key(), List.of("Late"), desk.key(), List.of("=HYPERLINK(1)"),
                guest.key(), List.of("true"))));
        world.as("lena").fields.remove(desk.id());

        List<List<String>> rows = export("lena", InboxFilter.everything());

        assertThat(csv.headings().subList(10, csv.headings().size())).containsExactly("Which shift", "Guest told",
                "export.reports.field.removed[Desk]");
        // Written as stored: the CSV writer makes it safe for spreadsheets.
        assertThat(rows.get(0).subList(10, 13)).containsExactly("Late", "label.yes", "=HYPERLINK(1)");
    }

    @Test
    void customFields_ofSeveralTeams_areNamedWithTheirTeam() {
        world.as("lena").fields.define(new DefineCustomField("Front Desk", "Shift", "TEXT", false, null, null));
        world.as("leo").fields.define(new DefineCustomField("Online Orders", "Shift", "TEXT", false, null, null));
        Account both = Account.open("nora", "Nora Leader", "hash", Set.of(Role.EMPLOYEE, Role.LEADER), NOW);
        both.assignTeams(Set.of(world.frontDesk.id()), Set.of(world.frontDesk.id(), world.onlineOrders.id()));
        world.accounts.save(both);

        export("nora", InboxFilter.everything());
        assertThat(csv.headings().subList(10, csv.headings().size())).containsExactly("export.reports.field.ofTeam[Front Desk, Shift]",
                "export.reports.field.ofTeam[Online Orders, Shift]");

        csv.rows.clear();
        export("nora", new InboxFilter("Online Orders", null, null, null, null, null));
        assertThat(csv.headings().subList(10, csv.headings().size())).containsExactly("Shift");
    }

    @Test
    void badFilter_isRefusedBeforeAnythingIsWritten() {
        world.as("lena");
        assertThatThrownBy(() -> exports.plan(new InboxFilter("Online Orders", "LOST", null, null, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .contains("team", "status", "from"));
        assertThat(csv.rows).isEmpty();
    }

    @Test
    void leaderOfNoTeam_getsTheHeadingsOnly() {
        world.as("emma").reporting.submit(world.report("Room key for 214 went to 241", "Front Desk", "NAMED"));
        assertThat(export("hana", InboxFilter.everything())).isEmpty();
        assertThat(csv.headings()).hasSize(ReportExportService.COLUMNS.size());
    }

    @Test
    void stoppedPartWay_isStillAudited_withTheRowsWritten() {
        world.as("emma").reporting.submit(world.report("Room key for 214 went to 241", "Front Desk", "NAMED"));
        world.as("lena");
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("the client went away");
            }
        };
        assertThatThrownBy(() -> exports.write(exports.plan(InboxFilter.everything()), WORDS, gone)).isInstanceOf(UncheckedIOException.class);
        assertThat(world.auditLines()).filteredOn(l -> l.contains(AuditAction.REPORTS_EXPORTED)).singleElement().asString()
                .contains("rows=0 (interrupted)");
    }

    @Test
    void manyReports_areReadAndWrittenAChunkAtATime() {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < ReportExportService.CHUNK + 1; i++) {
            world.clock.advance(java.time.Duration.ofSeconds(1));
            titles.add(0, "Report " + i);
            world.as("emma").reporting.submit(world.report("Report " + i, "Front Desk", "NAMED"));
        }
        List<List<String>> rows = export("lena", InboxFilter.everything());
        assertThat(rows).extracting(r -> r.get(6)).containsExactlyElementsOf(titles);
        assertThat(world.reports.chunksHanded).isEqualTo(2);
    }
}
