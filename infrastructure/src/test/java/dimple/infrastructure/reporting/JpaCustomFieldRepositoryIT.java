package dimple.infrastructure.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.reporting.CustomField;
import dimple.domain.reporting.CustomFieldType;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReportQuery;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.identity.JpaAccountRepository;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.persistence.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Custom fields and the answers reports hold, on the database the build runs against (H2, and PostgreSQL when configured). */
class JpaCustomFieldRepositoryIT {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    private final TestDatabase db = TestDatabase.migrated();
    private final Team frontDesk = Team.found("Front Desk", T0);
    private final Team onlineOrders = Team.found("Online Orders", T0);
    private final Account emma = Account.open("emma", "Emma Employee", "hash", Set.of(Role.EMPLOYEE), T0);

    JpaCustomFieldRepositoryIT() {
        db.run(em -> {
            new JpaTeamRepository(em).save(frontDesk);
            new JpaTeamRepository(em).save(onlineOrders);
            new JpaAccountRepository(em).save(emma);
        });
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private CustomField stored(Team team, String label, CustomFieldType type, int position, String... choices) {
        CustomField field = CustomField.define(team.id(), Set.of(), label, type, false, "Help for " + label, List.of(choices), position, T0);
        db.run(em -> new JpaCustomFieldRepository(em).save(field));
        return field;
    }

    @Test
    void aTeamsFields_comeBackInTheirOrder_removedOnesIncluded_andNoOtherTeams() {
        CustomField desk = stored(frontDesk, "Which desk", CustomFieldType.TEXT, 1);
        CustomField shift = stored(frontDesk, "Which shift", CustomFieldType.MULTI_CHOICE, 0, "Early", "Late", "Night 😀");
        stored(onlineOrders, "Order channel", CustomFieldType.CHOICE, 0, "Web", "Phone");
        db.run(em -> {
            JpaCustomFieldRepository fields = new JpaCustomFieldRepository(em);
            CustomField loaded = fields.findById(desk.id()).orElseThrow();
            loaded.retire(T0.plusSeconds(60));
            fields.save(loaded);
        });

        db.run(em -> {
            List<CustomField> fields = new JpaCustomFieldRepository(em).ofTeam(frontDesk.id());
            assertThat(fields).extracting(CustomField::label).containsExactly("Which shift", "Which desk");
            assertThat(fields.get(0).choices()).containsExactly("Early", "Late", "Night 😀");
            assertThat(fields.get(0).type()).isEqualTo(CustomFieldType.MULTI_CHOICE);
            assertThat(fields.get(0).helpText()).isEqualTo("Help for Which shift");
            assertThat(fields.get(1).isRetired()).isTrue();
            assertThat(new JpaCustomFieldRepository(em).findByIds(List.of(shift.id(), desk.id()))).hasSize(2);
        });
    }

    @Test
    void aKeyIsATeamsOnce() {
        stored(frontDesk, "Which desk", CustomFieldType.TEXT, 0);
        CustomField again = CustomField.define(frontDesk.id(), Set.of(), "Which desk", CustomFieldType.TEXT, false, null, List.of(), 1, T0);

        assertThatThrownBy(() -> db.run(em -> new JpaCustomFieldRepository(em).save(again))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aReportsAnswers_roundTrip_andStayWhenTheFieldIsRemoved() {
        CustomField shift = stored(frontDesk, "Which shift", CustomFieldType.MULTI_CHOICE, 0, "Early", "Late");
        CustomField note = stored(frontDesk, "Anything else", CustomFieldType.LONG_TEXT, 1);
        String longAnswer = "ä".repeat(CustomField.MAX_LONG_TEXT - 1) + "😀";
        MistakeReport report = MistakeReport.submit("R-2026-000001", T0, new MistakeReport.Reporter(emma.id(), frontDesk.id(), ReporterMode.NAMED),
                "Wrong room key", "The key card opened the wrong room.", T0.minusSeconds(60), ReportKind.NO_HARM, CustomerImpact.MINOR, null);
        report.answerCustomFields(Map.of(shift.id(), "Early\nLate", note.id(), longAnswer));
        db.run(em -> new JpaMistakeReportRepository(em).save(report));
        db.run(em -> {
            JpaCustomFieldRepository fields = new JpaCustomFieldRepository(em);
            CustomField loaded = fields.findById(shift.id()).orElseThrow();
            loaded.retire(T0.plusSeconds(60));
            fields.save(loaded);
        });

        db.run(em -> assertThat(new JpaMistakeReportRepository(em).findById(report.id()).orElseThrow().customValues())
                .containsOnly(Map.entry(shift.id(), "Early\nLate"), Map.entry(note.id(), longAnswer)));
    }

    @Test
    void theInboxSearch_keepsTheReportsWithThisAnswer() {
        CustomField shift = stored(frontDesk, "Which shift", CustomFieldType.CHOICE, 0, "Early", "Late");
        MistakeReport late = filed("Late");
        filed("Early");
        filed(null);

        db.run(em -> {
            JpaMistakeReportRepository reports = new JpaMistakeReportRepository(em);
            ReportQuery lateOnes = new ReportQuery(Set.of(frontDesk.id()), null, null, null, null, null, List.of(), shift.id(), "Late");
            assertThat(reports.search(lateOnes, new PageRequest(0, 20)).items()).extracting(MistakeReport::id).containsExactly(late.id());
            assertThat(reports.search(lateOnes, new PageRequest(0, 20)).total()).isEqualTo(1);
            assertThat(reports.search(new ReportQuery(Set.of(frontDesk.id()), null, null, null, null, null), new PageRequest(0, 20)).total())
                    .isEqualTo(3);
        });
    }

    private int receipts;

    private MistakeReport filed(String shift) {
        MistakeReport report = MistakeReport.submit("R-2026-00000" + ++receipts, T0, new MistakeReport.Reporter(emma.id(), frontDesk.id(),
                ReporterMode.NAMED), "Wrong room key", "The key card opened the wrong room.", T0.minusSeconds(60), ReportKind.NO_HARM,
                CustomerImpact.MINOR, null);
        if (shift != null) {
            CustomField field = db.inTransaction(em -> new JpaCustomFieldRepository(em).ofTeam(frontDesk.id()).get(0));
            report.answerCustomFields(Map.of(field.id(), shift));
        }
        db.run(em -> new JpaMistakeReportRepository(em).save(report));
        return report;
    }
}
