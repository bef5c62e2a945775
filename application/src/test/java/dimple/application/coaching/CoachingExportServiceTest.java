package dimple.application.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dimple.application.audit.AuditAction;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.domain.audit.AuditEntry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoachingExportServiceTest {
    /** The words a door hands in (the web tier's bundle in the reader's language); here, the codes themselves. */
    private static final ExportWords WORDS = (code, args) -> code;

    private final CoachingFixture lane = new CoachingFixture();

    private static ExportRequest csv(CoachingFilter filter) {
        return new ExportRequest("csv", filter);
    }

    @Test
    void plan_namesTheDownloadAfterTheDayAndTheFormat() {
        ExportPlan plan = lane.as("hana").exports.plan(new ExportRequest(" XLSX ", null));

        assertThat(plan.fileName()).isEqualTo("coaching-records-2026-11-23.xlsx");
        assertThat(plan.format()).isEqualTo(ExportFormat.XLSX);
        assertThat(plan.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(lane.as("hana").exports.plan(csv(null)).mediaType()).startsWith("text/csv");
        assertThat(lane.as("hana").exports.plan(new ExportRequest("pdf", null)).fileName()).isEqualTo("coaching-records-2026-11-23.pdf");
    }

    @Test
    void plan_unknownFormatTeamOrEmployee_isRefusedBeforeAnythingIsWritten() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> lane.as("hana").exports.plan(new ExportRequest("docx",
                new CoachingFilter("Kitchen", "nobody", null, null, null, null))));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("format", "team", "employee");
        assertThat(lane.audited(AuditAction.COACHING_RECORDS_EXPORTED)).isEmpty();
    }

    @Test
    void onlyHr_passesThePermissionCheckOfEveryExportUseCase() {
        for (String method : List.of("plan", "write", "export")) {
            lane.as("hana").guardOf(CoachingExportService.class, method);
            for (String other : List.of("emma", "lena", "admin")) {
                lane.as(other);
                assertThatThrownBy(() -> lane.guardOf(CoachingExportService.class, method)).as(other + " " + method)
                        .isInstanceOf(AccessRefused.class);
            }
        }
    }

    @Test
    void export_writesEverySharedRecordOfTheFilter_neverADraft_inTheWordsItWasGiven_andAuditsWhoFormatRowsAndFilter() {
        lane.sharedRecord("lena", "emma", "Shared with emma");
        lane.draftRecord("lena", "emma", "Still a draft");
        lane.sharedRecord("leo", "eli", "Shared with eli");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] opened = new String[2];

        long rows = lane.as("hana").exports.export(csv(new CoachingFilter("Front Desk", null, null, null, null, null)), WORDS, (name, type) -> {
            opened[0] = name;
            opened[1] = type;
            return out;
        });

        assertThat(rows).isEqualTo(1);
        assertThat(opened).containsExactly("coaching-records-2026-11-23.csv", ExportFormat.CSV.mediaType());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Shared with emma").doesNotContain("Still a draft", "Shared with eli");
        assertThat(lane.exporter.lastHeading.exportedBy()).isEqualTo("Hana HR (hana)");
        assertThat(lane.exporter.lastHeading.filter()).as("the filter as facts; the exporter says it in words")
                .isEqualTo(new CoachingFilter("Front Desk", null, null, null, null, null));
        assertThat(lane.exporter.lastHeading.zone()).as("the zone the pages show times in").isEqualTo(java.time.ZoneId.of("UTC"));
        assertThat(lane.exporter.lastWords).as("the words come from the door, none from the use case").isSameAs(WORDS);
        AuditEntry exported = lane.audited(AuditAction.COACHING_RECORDS_EXPORTED).get(0);
        assertThat(exported.actor()).isEqualTo("hana");
        assertThat(exported.at()).isEqualTo(lane.world.clock.instant());
        assertThat(exported.target()).isEqualTo("coaching-records-2026-11-23.csv");
        assertThat(exported.detail()).isEqualTo("format=csv, rows=1, filter: team=Front Desk");
    }

    @Test
    void export_ofAnHrPersonWhoAlsoLeads_stillLeavesTheirOwnDraftsOut() {
        lane.world.accounts.get("hana").assignRoles(List.of(dimple.domain.identity.Role.HR, dimple.domain.identity.Role.LEADER));
        lane.world.accounts.get("hana").assignTeams(List.of(), List.of(lane.world.frontDesk.id()));
        lane.draftRecord("hana", "emma", "Hana's draft");

        long rows = lane.as("hana").exports.write(lane.exports.plan(csv(null)), WORDS, new ByteArrayOutputStream());

        assertThat(rows).isZero();
        assertThat(lane.exporter.lastHeading.filter()).as("every record: the exporter says so in words").isEqualTo(CoachingFilter.everything());
        assertThat(lane.audited(AuditAction.COACHING_RECORDS_EXPORTED).get(0).detail()).isEqualTo("format=csv, rows=0, filter: all records");
    }

    @Test
    void export_interruptedPartWay_isStillAuditedWithTheRecordsThatLeft() {
        lane.sharedRecord("lena", "emma", "One");
        lane.sharedRecord("lena", "emma", "Two");
        lane.exporter.failAfter = 1;

        ExportInterrupted interrupted = catchThrowableOfType(ExportInterrupted.class,
                () -> lane.as("hana").exports.write(lane.exports.plan(csv(null)), WORDS, new ByteArrayOutputStream()));

        assertThat(interrupted.rowsWritten()).isEqualTo(1);
        assertThat(lane.audited(AuditAction.COACHING_RECORDS_EXPORTED)).singleElement().extracting(AuditEntry::detail)
                .isEqualTo("format=csv, rows=1 (interrupted), filter: all records");
    }
}
