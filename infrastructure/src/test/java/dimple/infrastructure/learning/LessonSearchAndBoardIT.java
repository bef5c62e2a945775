package dimple.infrastructure.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.learning.Endorsement;
import dimple.domain.learning.EndorsementKind;
import dimple.domain.learning.ForgivingSearch;
import dimple.domain.learning.Lesson;
import dimple.domain.learning.LessonBoard;
import dimple.domain.learning.LessonQuery;
import dimple.domain.learning.LessonSearch;
import dimple.domain.learning.ScenarioCard;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.review.Review;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.identity.JpaAccountRepository;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.persistence.DatabaseVendor;
import dimple.infrastructure.persistence.TestDatabase;
import dimple.infrastructure.reporting.JpaMistakeReportRepository;
import dimple.infrastructure.review.JpaReviewRepository;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Search relevance on a fixed corpus, the board's orders and filters, endorsements and scenario cards,
 * on every database vendor (those not configured here are skipped, saying how to configure them), each
 * with the adapters the application chooses for it and with the portable ones: a vendor without
 * variants of its own runs those.
 */
@ParameterizedClass(name = "on {0} with the {1} adapters")
@MethodSource("everyVendorWithItsOwnAndThePortableAdapters")
class LessonSearchAndBoardIT {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    enum Adapters { CHOSEN, PORTABLE }

    private final DatabaseVendor vendor;
    private final Adapters adapters;
    private final TestDatabase db;
    private final Team frontDesk = Team.found("Front Desk", NOW);
    private final Team online = Team.found("Online Orders", NOW);
    private final Account emma = Account.open("emma", "Emma Employee", "hash", Set.of(Role.EMPLOYEE), NOW);
    private final Account lena = Account.open("lena", "Lena Leader", "hash", Set.of(Role.LEADER), NOW);
    private int receipts;

    static Stream<Arguments> everyVendorWithItsOwnAndThePortableAdapters() {
        return Stream.of(DatabaseVendor.values()).flatMap(v -> Stream.of(Arguments.of(v, Adapters.CHOSEN), Arguments.of(v, Adapters.PORTABLE)));
    }

    @BeforeParameterizedClassInvocation
    static void sayWhyAVendorIsSkipped(DatabaseVendor vendor, Adapters adapters) {
        TestDatabase.notConfigured(vendor).ifPresent(why -> Logger.getLogger(LessonSearchAndBoardIT.class.getName()).warning(why));
    }

    LessonSearchAndBoardIT(DatabaseVendor vendor, Adapters adapters) {
        this.vendor = vendor;
        this.adapters = adapters;
        this.db = TestDatabase.migrated(vendor);
        db.run(em -> {
            new JpaTeamRepository(em).save(frontDesk);
            new JpaTeamRepository(em).save(online);
            new JpaAccountRepository(em).save(emma);
            new JpaAccountRepository(em).save(lena);
        });
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private LessonSearch search(EntityManager em) {
        return adapters == Adapters.CHOSEN ? LearningAdapters.search(vendor, em, () -> null) : new EmbeddedLessonSearch(em);
    }

    private LessonBoard board(EntityManager em) {
        return adapters == Adapters.CHOSEN ? LearningAdapters.board(vendor, em, () -> null) : new JpaLessonBoard(em);
    }

    private Lesson lesson(String title, String takeaway, String body, List<String> tags, Team team, ReportKind kind, Instant at) {
        receipts++;
        MistakeReport report = MistakeReport.submit(String.format("R-2026-%06d", receipts), at,
                new MistakeReport.Reporter(emma.id(), team.id(), ReporterMode.NAMED), title, body, at, kind, CustomerImpact.NONE, null);
        Review review = Review.open(report.id(), team.id(), title, lena.id(), at);
        Lesson lesson = Lesson.publish(review.id(), title, takeaway, body, tags, team.id(), List.of(), at);
        lesson.classify(kind);
        db.run(em -> {
            new JpaMistakeReportRepository(em).save(report);
            new JpaReviewRepository(em).save(review);
            new JpaLessonRepository(em).save(lesson);
            search(em).index(lesson);
        });
        return lesson;
    }

    /** The fixed corpus: five lessons, each with a clear reason to be found or not. */
    private List<Lesson> corpus() {
        Lesson refundTitle = lesson("Refund sent to the wrong card", "Read the last four digits back to the guest.",
                "The guest paid with two cards; the refund went to the expired one.", List.of("payments"), frontDesk, ReportKind.CUSTOMER_HARMED, NOW.minus(Duration.ofDays(5)));
        Lesson refundBody = lesson("Late checkout promised twice", "Write promises into the booking, not on sticky notes.",
                "Two colleagues promised a late checkout; one of them also offered a refund of the minibar.", List.of("promises"), frontDesk, ReportKind.NO_HARM, NOW.minus(Duration.ofDays(4)));
        Lesson keys = lesson("Room key encoded for the wrong room", "Check the screen before encoding a key.",
                "The encoder wrote room 214 while the screen showed 241.", List.of("keys", "tools"), frontDesk, ReportKind.NEAR_MISS, NOW.minus(Duration.ofDays(3)));
        Lesson parcel = lesson("Parcel shipped without the invoice", "Print the invoice with the label.",
                "The customer needed the invoice for customs; refunds for duties followed.", List.of("shipping"), online, ReportKind.CUSTOMER_HARMED, NOW.minus(Duration.ofDays(2)));
        Lesson catchIt = lesson("Good catch: allergen label missing", "Ask about allergies when the label is missing.",
                "A colleague noticed the missing label before serving.", List.of("food"), online, ReportKind.GOOD_CATCH, NOW.minus(Duration.ofDays(1)));
        return List.of(refundTitle, refundBody, keys, parcel, catchIt);
    }

    private List<String> search(String text, LessonQuery filter) {
        return db.inTransaction(em -> search(em).search(text, filter, PageRequest.first(20)).items().stream().map(Lesson::title).toList());
    }

    @Test
    void aTitleMatch_outranksATakeawayOrBodyMatch() {
        corpus();

        assertThat(search("refund", LessonQuery.everything()))
                .containsExactly("Refund sent to the wrong card", "Parcel shipped without the invoice", "Late checkout promised twice");
    }

    @Test
    void wordEndingsAndCase_doNotMatter() {
        corpus();

        assertThat(search("REFUNDS", LessonQuery.everything())).first().isEqualTo("Refund sent to the wrong card");
        assertThat(search("encoding keys", LessonQuery.everything())).containsExactly("Room key encoded for the wrong room");
        assertThat(search("promised", LessonQuery.everything())).containsExactly("Late checkout promised twice");
    }

    @Test
    void moreMatchedWords_rankHigher_andFiltersApply() {
        corpus();

        assertThat(search("wrong room key", LessonQuery.everything())).first().isEqualTo("Room key encoded for the wrong room");
        assertThat(search("refund", new LessonQuery(null, online.id(), null, null, null, null))).containsExactly("Parcel shipped without the invoice");
        assertThat(search("refund", new LessonQuery("payments", null, null, null, null, null))).containsExactly("Refund sent to the wrong card");
        assertThat(search("refund", new LessonQuery(null, null, ReportKind.NO_HARM, null, null, null))).containsExactly("Late checkout promised twice");
    }

    @Test
    void hostileInput_isJustText_findsNothing_andFailsNothing() {
        corpus();

        assertThat(search("'%_\"<b>", LessonQuery.everything())).isEmpty();
        assertThat(search("%", LessonQuery.everything())).isEmpty();
        assertThat(search("' OR 1=1 --", LessonQuery.everything())).isEmpty();
        assertThat(search("x'); DROP TABLE lesson; --", LessonQuery.everything())).isEmpty();
        assertThat(search("<script>alert(1)</script>", LessonQuery.everything())).isEmpty();
        assertThat(search("refund", LessonQuery.everything())).hasSize(3);
    }

    /** The board's search as the application runs it: as typed, then with its typos corrected if that found nothing. */
    private ForgivingSearch.Found forgiving(String text, LessonQuery filter) {
        return db.inTransaction(em -> {
            ForgivingSearch.Found found = ForgivingSearch.search(search(em), text, filter, PageRequest.first(20), false);
            found.lessons().items().forEach(Lesson::title);
            return found;
        });
    }

    private static List<String> titles(ForgivingSearch.Found found) {
        return found.lessons().items().stream().map(Lesson::title).toList();
    }

    @Test
    void aTypo_findsTheLessonOfTheWordMeant_andSaysWhatWasSearched() {
        corpus();

        ForgivingSearch.Found refund = forgiving("refnud", LessonQuery.everything());
        ForgivingSearch.Found allergy = forgiving("alergy", LessonQuery.everything());
        ForgivingSearch.Found withAShortTypo = forgiving("teh refnud", LessonQuery.everything());

        assertThat(titles(refund)).first().isEqualTo("Refund sent to the wrong card");
        assertThat(refund.correctedQuery()).isEqualTo("refund");
        assertThat(titles(refund)).as("the same lessons as the word meant").isEqualTo(search("refund", LessonQuery.everything()));
        assertThat(titles(allergy)).first().isEqualTo("Good catch: allergen label missing");
        assertThat(allergy.correctedQuery()).isEqualTo("allergy");
        assertThat(titles(withAShortTypo)).first().isEqualTo("Refund sent to the wrong card");
        assertThat(withAShortTypo.correctedQuery()).as("a word under four letters is left as typed").isEqualTo("teh refund");
        assertThat(search("refnud", LessonQuery.everything())).as("the search as typed finds nothing").isEmpty();
        assertThat(db.<Page<Lesson>>inTransaction(em -> ForgivingSearch.search(search(em), "refnud", LessonQuery.everything(),
                PageRequest.first(20), true).lessons()).total()).as("searching exactly what was typed").isZero();
    }

    @Test
    void aCorrectWord_isNeverCorrected_evenWhereTheFiltersFindNothingForIt() {
        corpus();

        Map<String, String> corrections = db.inTransaction(em -> search(em).corrections(List.of("refund", "card", "invoic", "refnud", "kye")));
        ForgivingSearch.Found found = forgiving("refund", LessonQuery.everything());
        ForgivingSearch.Found filteredAway = forgiving("invoice", new LessonQuery(null, frontDesk.id(), null, null, null, null));

        assertThat(corrections).containsExactly(Map.entry("refnud", "refund"));
        assertThat(found.correctedQuery()).isNull();
        assertThat(filteredAway.correctedQuery()).isNull();
        assertThat(titles(filteredAway)).isEmpty();
    }

    @Test
    void aCorrection_neverReachesALessonThePersonCannotFind() {
        List<Lesson> all = corpus();
        Lesson allergen = all.get(4);
        db.run(em -> {
            Lesson stored = new JpaLessonRepository(em).findById(allergen.id()).orElseThrow();
            stored.archive(NOW);
            new JpaLessonRepository(em).save(stored);
            search(em).index(stored);
        });

        ForgivingSearch.Found retired = forgiving("alergy", LessonQuery.everything());
        ForgivingSearch.Found otherTeam = forgiving("invioce", new LessonQuery(null, frontDesk.id(), null, null, null, null));
        ForgivingSearch.Found ownTeam = forgiving("invioce", new LessonQuery(null, online.id(), null, null, null, null));

        assertThat(titles(retired)).as("an archived lesson's words are no correction").isEmpty();
        assertThat(retired.correctedQuery()).isNull();
        assertThat(db.<Map<String, String>>inTransaction(em -> search(em).corrections(List.of("alergy", "allergen")))).isEmpty();
        assertThat(titles(otherTeam)).as("the board's filters apply to the corrected search").isEmpty();
        assertThat(otherTeam.correctedQuery()).as("a correction that finds nothing is not offered").isNull();
        assertThat(titles(ownTeam)).containsExactly("Parcel shipped without the invoice");
        assertThat(ownTeam.correctedQuery()).isEqualTo("invoice");
    }

    @Test
    void aCorrectionThatChangesNothing_findsNothing() {
        corpus();

        assertThat(forgiving("weather garden", LessonQuery.everything())).satisfies(
                f -> assertThat(titles(f)).isEmpty(), f -> assertThat(f.correctedQuery()).isNull());
        assertThat(forgiving("kye rom", LessonQuery.everything())).as("words under four letters").satisfies(
                f -> assertThat(titles(f)).isEmpty(), f -> assertThat(f.correctedQuery()).isNull());
        assertThat(forgiving("12345", LessonQuery.everything()).correctedQuery()).as("numbers").isNull();
        assertThat(forgiving("'%_\"<b>", LessonQuery.everything()).correctedQuery()).isNull();
    }

    @Test
    void similarLessons_forgiveTypos_too() {
        corpus();

        List<String> similar = db.inTransaction(em -> ForgivingSearch.similar(search(em), "The refnud went to the expired crad", 5)
                .stream().map(Lesson::title).toList());

        assertThat(similar).first().isEqualTo("Refund sent to the wrong card");
    }

    @Test
    void retiredLessons_leaveTheBoardAndSearch() {
        List<Lesson> all = corpus();
        Lesson old = all.get(0);
        db.run(em -> {
            Lesson stored = new JpaLessonRepository(em).findById(old.id()).orElseThrow();
            stored.archive(NOW);
            new JpaLessonRepository(em).save(stored);
            search(em).index(stored);
        });

        assertThat(search("refund", LessonQuery.everything())).doesNotContain("Refund sent to the wrong card");
        assertThat(db.<Long>inTransaction(em -> board(em).page(LessonQuery.everything(), PageRequest.first(20)).total())).isEqualTo(4);
    }

    @Test
    void theKeptNumberOfLessons_neverHidesOne_andIsCountedAgainAfterAChange() {
        EntityManager reads = db.newEntityManager();
        try {
            JpaLessonBoard board = adapters == Adapters.CHOSEN ? LearningAdapters.board(vendor, reads, () -> null) : new JpaLessonBoard(reads);
            assertThat(board.page(LessonQuery.everything(), PageRequest.first(20)).total()).as("a new installation").isZero();

            Lesson first = lesson("Wrong invoice address", "Confirm the address.", "Body", List.of(), online, ReportKind.NO_HARM, NOW);
            Page<Lesson> firstPage = board.page(LessonQuery.everything(), PageRequest.first(20));
            assertThat(firstPage.items()).as("the first lesson shows at once").extracting(Lesson::id).containsExactly(first.id());
            assertThat(firstPage.total()).isEqualTo(1);

            corpus();
            assertThat(board.page(LessonQuery.everything(), new PageRequest(0, 2)).total()).as("at least the rows seen").isGreaterThanOrEqualTo(3);
            Page<Lesson> last = board.page(LessonQuery.everything(), new PageRequest(2, 2));
            assertThat(last.items()).as("the last page is not empty").hasSize(2);
            assertThat(last.total()).isEqualTo(6);
            board.lessonsChanged();
            assertThat(board.page(LessonQuery.everything(), new PageRequest(0, 2)).total()).isEqualTo(6);
            assertThat(board.page(LessonQuery.everything(), new PageRequest(5, 2)))
                    .satisfies(past -> assertThat(past.items()).isEmpty(), past -> assertThat(past.total()).isEqualTo(6));
        } finally {
            reads.close();
        }
    }

    @Test
    void similarLessons_areFoundFromANarrative_andUnrelatedTextFindsNone() {
        corpus();

        List<String> similar = db.inTransaction(em -> search(em)
                .similar("I encoded a key and the guest got the wrong room, the screen showed another number", 5)
                .stream().map(Lesson::title).toList());
        List<Lesson> none = db.inTransaction(em -> search(em).similar("Lovely weather in the garden today", 5));

        assertThat(similar).first().isEqualTo("Room key encoded for the wrong room");
        assertThat(none).isEmpty();
    }

    @Test
    void aWordInMostLessons_neitherDrownsTheRareOnes_norMakesEveryLessonSimilar() {
        corpus();
        for (int i = 0; i < EmbeddedLessonSearch.COMMON_FLOOR + 1; i++) {
            lesson("Terminal note " + i, "Look at the terminal.", "The terminal showed a message.", List.of("tools"), online,
                    ReportKind.NO_HARM, NOW.minus(Duration.ofDays(10 + i)));
        }
        lesson("Voucher printed twice", "Cancel the second voucher at the terminal.", "The terminal printed the voucher twice.",
                List.of("payments"), frontDesk, ReportKind.NO_HARM, NOW.minus(Duration.ofDays(100)));

        List<String> similar = db.inTransaction(em -> search(em)
                .similar("The terminal printed a voucher for the guest twice", 3).stream().map(Lesson::title).toList());
        List<Lesson> onlyCommon = db.inTransaction(em -> search(em).similar("The terminal showed a message", 3));

        assertThat(similar).containsExactly("Voucher printed twice");
        assertThat(onlyCommon).as("a word in most lessons alone is chance, not a similar lesson").isEmpty();
        assertThat(search("terminal voucher", LessonQuery.everything())).first().isEqualTo("Voucher printed twice");
        assertThat(db.<Long>inTransaction(em -> search(em).search("terminal", LessonQuery.everything(), PageRequest.first(20))
                .total())).as("a search for only a common word still finds it").isEqualTo(EmbeddedLessonSearch.COMMON_FLOOR + 2L);
    }

    @Test
    void aOneWordSearch_andOneTeamsBoard_arePagedInRankOrder() {
        corpus();

        Page<Lesson> second = db.inTransaction(em -> search(em).search("refunds", LessonQuery.everything(), new PageRequest(1, 1)));
        Page<Lesson> beyond = db.inTransaction(em -> search(em).search("refund", LessonQuery.everything(), new PageRequest(3, 1)));
        Page<Lesson> team = db.inTransaction(em -> board(em).page(
                new LessonQuery(null, frontDesk.id(), null, null, null, null), new PageRequest(1, 1)));

        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).extracting(Lesson::title).as("after the title match, the newer of two body matches")
                .containsExactly("Parcel shipped without the invoice");
        assertThat(beyond.total()).isEqualTo(3);
        assertThat(beyond.items()).isEmpty();
        assertThat(team.total()).isEqualTo(3);
        assertThat(team.items()).extracting(Lesson::title).containsExactly("Late checkout promised twice");
    }

    /**
     * The vocabulary ({@code lesson_term_count}) counts, for each term, the current lessons that hold it, also
     * after a lesson is indexed again; counted here from the lessons themselves, so it holds for an adapter
     * with an index of rows per term (the portable one) and for one with a document per lesson (PostgreSQL's).
     */
    @Test
    void theTermCounts_followIndexingAndReindexing() {
        List<Lesson> all = corpus();
        db.run(em -> search(em).index(all.get(2)));
        Map<String, Long> expected = new java.util.HashMap<>();
        for (Lesson l : all) {
            EmbeddedLessonSearch.weights(l.title(), l.takeaway(), l.tags(), EmbeddedLessonSearch.story(l)).keySet()
                    .forEach(term -> expected.merge(term, 1L, Long::sum));
        }

        List<Object[]> counted = db.inTransaction(em -> em.createNativeQuery("select c.term, c.lessons from lesson_term_count c where c.lessons > 0")
                .getResultList());
        Map<String, Long> counts = new java.util.HashMap<>();
        counted.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));

        assertThat(counts).isEqualTo(expected).containsEntry("refund", 3L);
    }

    @Test
    void board_newestOrMostEndorsedFirst_filteredAndPaged() {
        List<Lesson> all = corpus();
        db.run(em -> {
            Lesson keys = new JpaLessonRepository(em).findById(all.get(2).id()).orElseThrow();
            keys.endorse(emma.id(), EndorsementKind.I_APPLIED_THIS, false, NOW).ifPresent(new JpaEndorsementRepository(em)::add);
        });

        Page<Lesson> newest = db.inTransaction(em -> board(em).page(LessonQuery.everything(), new PageRequest(0, 2)));
        Page<Lesson> endorsed = db.inTransaction(em -> board(em).page(
                new LessonQuery(null, null, null, null, null, LessonQuery.Order.MOST_ENDORSED), new PageRequest(0, 1)));
        Page<Lesson> tagged = db.inTransaction(em -> board(em).page(
                new LessonQuery("tools", frontDesk.id(), ReportKind.NEAR_MISS, NOW.minus(Duration.ofDays(10)), NOW, null), PageRequest.first(20)));
        Page<Lesson> lastPage = db.inTransaction(em -> board(em).page(LessonQuery.everything(), new PageRequest(2, 2)));

        assertThat(newest.total()).isEqualTo(5);
        assertThat(newest.items()).extracting(Lesson::title).containsExactly("Good catch: allergen label missing", "Parcel shipped without the invoice");
        assertThat(newest.items().get(0).tags()).containsExactly("food");
        assertThat(endorsed.items()).extracting(Lesson::title).containsExactly("Room key encoded for the wrong room");
        assertThat(tagged.items()).extracting(Lesson::title).containsExactly("Room key encoded for the wrong room");
        assertThat(lastPage.items()).extracting(Lesson::title).containsExactly("Refund sent to the wrong card");
        assertThat(db.<List<String>>inTransaction(em -> board(em).tags(3))).hasSize(3);
        assertThat(db.<Set<EndorsementKind>>inTransaction(em -> new JpaEndorsementRepository(em).kindsBy(all.get(2).id(), emma.id())))
                .containsExactly(EndorsementKind.I_APPLIED_THIS);
    }

    @Test
    void aSecondIdenticalEndorsement_isNeitherAddedNorCounted_andTheCountersAreRaisedInPlace() {
        Lesson lesson = corpus().get(0);
        Endorsement first = lesson.endorse(emma.id(), EndorsementKind.APPLIES_TO_MY_TEAM, false, NOW).orElseThrow();
        Endorsement again = lesson.endorse(emma.id(), EndorsementKind.APPLIES_TO_MY_TEAM, false, NOW).orElseThrow();
        long version = db.<Long>inTransaction(em -> new JpaLessonRepository(em).findById(lesson.id()).orElseThrow().version());

        assertThat(db.<Boolean>inTransaction(em -> new JpaEndorsementRepository(em).add(first))).isTrue();
        assertThat(db.<Boolean>inTransaction(em -> new JpaEndorsementRepository(em).add(again))).as("a second tab").isFalse();

        Lesson stored = db.inTransaction(em -> new JpaLessonRepository(em).findById(lesson.id()).orElseThrow());
        assertThat(stored.endorsements(EndorsementKind.APPLIES_TO_MY_TEAM)).isEqualTo(1);
        assertThat(stored.endorsementCount()).isEqualTo(1);
        assertThat(stored.version()).as("counting does not touch the lesson's version").isEqualTo(version);
        assertThat(db.<Boolean>inTransaction(em -> new JpaEndorsementRepository(em).exists(lesson.id(), emma.id(), EndorsementKind.APPLIES_TO_MY_TEAM))).isTrue();
    }

    @Test
    void onThisDay_findsALessonFromThisDateInAnEarlierYear() {
        corpus();
        Lesson lastYear = lesson("Wrong invoice address", "Confirm the address.", "Body", List.of(), online, ReportKind.NO_HARM,
                Instant.parse("2025-11-23T08:00:00Z"));

        var found = db.inTransaction(em -> board(em).publishedOnThisDay(11, 23, Instant.parse("2026-01-01T00:00:00Z")));
        var unendorsed = db.inTransaction(em -> board(em).oldestUnendorsed(NOW));

        assertThat(found).map(Lesson::id).contains(lastYear.id());
        assertThat(unendorsed).map(Lesson::id).contains(lastYear.id());
    }

    @Test
    void aScenarioCard_keepsItsQuestionsAndPracticeSessions() {
        Lesson lesson = corpus().get(2);
        ScenarioCard card = ScenarioCard.fromLesson(lesson, "A tired guest at midnight", "The key does not open the door", "A free breakfast",
                "Apologise, re-encode, walk them up", List.of("What did you check?", "What would you do next time?"), lena.id(), NOW);
        card.logPractice(LocalDate.parse("2026-11-20"), List.of("Emma", "Eli"), "Good energy", lena.id(), NOW);
        db.run(em -> new JpaScenarioCardRepository(em).save(card));
        db.run(em -> {
            ScenarioCard stored = new JpaScenarioCardRepository(em).findById(card.id()).orElseThrow();
            stored.logPractice(LocalDate.parse("2026-11-22"), List.of("Emma"), null, lena.id(), NOW);
            new JpaScenarioCardRepository(em).save(stored);
        });

        ScenarioCard stored = db.inTransaction(em -> new JpaScenarioCardRepository(em).ofLesson(lesson.id()).get(0));
        assertThat(stored.debriefQuestions()).containsExactly("What did you check?", "What would you do next time?");
        assertThat(stored.sessions()).extracting(s -> s.heldOn().toString()).containsExactly("2026-11-22", "2026-11-20");
        assertThat(stored.sessions().get(1).participants()).containsExactly("Emma", "Eli");
        assertThat(db.<Long>inTransaction(em -> new JpaScenarioCardRepository(em).all(PageRequest.first(5)).total())).isEqualTo(1);
    }
}
