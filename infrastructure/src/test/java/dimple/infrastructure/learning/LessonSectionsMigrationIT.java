package dimple.infrastructure.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonPart;
import dimple.domain.learning.LessonQuery;
import dimple.domain.learning.LessonSection;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.review.Review;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.persistence.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V33 splits the English bodies of lessons written before V32 into their sections, only where the
 * sections give back exactly the same words; anything else keeps its body, shown as written. Split
 * lessons are indexed again from their texts: still found by their words, no longer by the headings.
 */
class LessonSectionsMigrationIT {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String SPLITS = "Summary\nThe guest paid twice at the front desk.\n\n"
            + "What happened\nThe terminal timed out.\nThe colleague charged again.\n\n"
            + "Contributing factors\n- Tools: The terminal shows no result after a timeout\n  Why? It was never configured to\n"
            + "- Handover: The evening shift did not know\n\n"
            + "Where we got lucky\nThe guest noticed the same day.\n\n"
            + "Actions\n- Void the first payment when the terminal times out (Corrective)\n- Show the result on the screen (Detective)";
    private static final String NO_ACTION = "Why it happened\nA new encoder.\n\nWhy no action is needed\nThe encoder is replaced.";
    private static final String AS_WRITTEN = "Written by hand: the guest paid twice, and nobody wrote headings.";
    private static final String UNKNOWN_CATEGORY = "Contributing factors\n- Luck: The timing of the rush";

    private final Team frontDesk = Team.found("Front Desk", NOW);
    private final Account emma = Account.open("emma", "Emma Employee", "hash", Set.of(Role.EMPLOYEE), NOW);
    private final Account lena = Account.open("lena", "Lena Leader", "hash", Set.of(Role.LEADER), NOW);
    private int receipts;

    @Test
    void oldBodies_becomeSections_whereTheSectionsGiveBackTheSameWords_andTheRestIsKeptAsWritten() throws Exception {
        try (TestDatabase db = TestDatabase.empty()) {
            Flyway.configure().configuration(db.flyway().getConfiguration()).target("32").load().migrate();
            db.run(em -> {
                new JpaTeamRepository(em).save(frontDesk);
                // Rows, not the entity: Account maps columns added after V32 (email, V42).
                for (Account account : List.of(emma, lena)) {
                    AccountRows.insert(em, account);
                }
            });
            String split = lesson(db, "Guest charged twice", SPLITS);
            String noAction = lesson(db, "Key card for the wrong room", NO_ACTION);
            String written = lesson(db, "Charged twice by hand", AS_WRITTEN);
            String unknown = lesson(db, "A rush at the desk", UNKNOWN_CATEGORY);
            assertThat(searchBefore(db, "happened")).as("before: found by a heading").contains("Guest charged twice");

            db.flyway().migrate();

            Lesson after = db.inTransaction(em -> em.find(Lesson.class, split));
            assertThat(after.body()).isNull();
            assertThat(after.sections()).containsExactly(
                    LessonSection.of(LessonPart.SUMMARY, "The guest paid twice at the front desk."),
                    LessonSection.of(LessonPart.WHAT_HAPPENED, "The terminal timed out.\nThe colleague charged again."),
                    new LessonSection(LessonPart.FACTOR, "TOOLS", "The terminal shows no result after a timeout"),
                    LessonSection.of(LessonPart.FACTOR_WHY, "It was never configured to"),
                    new LessonSection(LessonPart.FACTOR, "HANDOVER", "The evening shift did not know"),
                    LessonSection.of(LessonPart.GOT_LUCKY, "The guest noticed the same day."),
                    new LessonSection(LessonPart.ACTION, "CORRECTIVE", "Void the first payment when the terminal times out"),
                    new LessonSection(LessonPart.ACTION, "DETECTIVE", "Show the result on the screen"));
            assertThat(db.inTransaction(em -> em.find(Lesson.class, noAction)).sections()).containsExactly(
                    LessonSection.of(LessonPart.WHY_IT_HAPPENED, "A new encoder."),
                    LessonSection.of(LessonPart.NO_ACTION_NEEDED, "The encoder is replaced."));
            for (String[] kept : new String[][] {{written, AS_WRITTEN}, {unknown, UNKNOWN_CATEGORY}}) {
                Lesson lesson = db.inTransaction(em -> em.find(Lesson.class, kept[0]));
                assertThat(lesson.body()).as("cannot be split: kept as written").isEqualTo(kept[1]);
                assertThat(lesson.sections()).isEmpty();
            }

            assertThat(search(db, "colleague")).as("found by the words of its sections").containsExactly("Guest charged twice");
            assertThat(search(db, "evening shift")).containsExactly("Guest charged twice");
            assertThat(search(db, "happened")).as("no longer by a heading").doesNotContain("Guest charged twice");
            assertThat(search(db, "nobody wrote headings")).as("a body as written is still found").containsExactly("Charged twice by hand");
        }
    }

    @Test
    void aReading_isTakenOnlyWhenItsWordsAreTheSame() {
        assertThat(LessonSectionsMigration.sections(SPLITS)).isPresent();
        assertThat(LessonSectionsMigration.sections("Summary\nThe guest paid twice.")).isPresent();
        assertThat(LessonSectionsMigration.sections("Summary\n\nThe guest paid twice.")).as("a section the draft would not write").isEmpty();
        assertThat(LessonSectionsMigration.sections("Summary\nThe guest paid twice.\n")).as("a text the draft would have trimmed").isEmpty();
        assertThat(LessonSectionsMigration.sections("Lessons\nThe guest paid twice.")).as("not a heading the draft wrote").isEmpty();
        assertThat(LessonSectionsMigration.sections("Actions\n- Call the guest (Soon)")).as("an unknown action type").isEmpty();
        assertThat(LessonSectionsMigration.sections("Guest charged twice")).as("a title given as body").isEmpty();
    }

    private String lesson(TestDatabase db, String title, String body) {
        receipts++;
        MistakeReport report = MistakeReport.submit(String.format("R-2026-%06d", receipts), NOW,
                new MistakeReport.Reporter(emma.id(), frontDesk.id(), ReporterMode.NAMED), title, "What went wrong", NOW, ReportKind.NO_HARM,
                CustomerImpact.NONE, null);
        Review review = Review.open(report.id(), frontDesk.id(), title, lena.id(), NOW);
        Lesson lesson = Lesson.publish(review.id(), title, "Check before charging again.", body, List.of("payments"), frontDesk.id(), List.of(), NOW);
        db.run(em -> {
            // The report as a row: the entity maps a column added since (V52, the receipt code's hash).
            ReportRows.insert(em, report);
            // The review as its table stood at V32: the entity maps columns added since (V38's first approval).
            em.createNativeQuery("insert into review (id, team_id, status, title, opened_by, opened_at, updated_at)"
                            + " values (?1, ?2, 'DRAFTING', ?3, ?4, ?5, ?5)")
                    .setParameter(1, review.id()).setParameter(2, frontDesk.id()).setParameter(3, title).setParameter(4, lena.id())
                    .setParameter(5, java.sql.Timestamp.from(NOW)).executeUpdate();
            new JpaLessonRepository(em).save(lesson);
            new EmbeddedLessonSearch(em).index(lesson);
        });
        return lesson.id();
    }

    /** The search before V33: the portable index, which every vendor had then. */
    private static List<String> searchBefore(TestDatabase db, String text) {
        return db.inTransaction(em -> new EmbeddedLessonSearch(em).search(text, LessonQuery.everything(), PageRequest.first(20))
                .items().stream().map(Lesson::title).toList());
    }

    /** The search after every migration: the one the application chooses for the vendor (on PostgreSQL its full-text search, V40/V41). */
    private static List<String> search(TestDatabase db, String text) {
        return db.inTransaction(em -> LearningAdapters.search(db.vendor(), em, () -> null).search(text, LessonQuery.everything(), PageRequest.first(20))
                .items().stream().map(Lesson::title).toList());
    }
}
