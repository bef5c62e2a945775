package dimple.application.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.coaching.AssessmentView;
import dimple.application.coaching.CoachingFixture;
import dimple.application.coaching.CoachingRecordSummary;
import dimple.application.reporting.ReportingFixture;
import dimple.domain.coaching.Assessment;
import dimple.domain.coaching.CoachingRecord;
import dimple.domain.coaching.CoachingStatus;
import dimple.domain.coaching.Response;
import dimple.domain.reporting.MistakeReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * With DIMPLE_DEMO=true the coaching screens show something, in every state, and only about named
 * matters: nothing in the accountability lane retells a confidential demo report, which would tie it
 * to the person the record is about.
 */
class DemoCoachingTest {
    private final CoachingFixture lane = new CoachingFixture();
    private final ReportingFixture world = lane.world;

    DemoCoachingTest() {
        new DemoReports(world.reports, world.recoveries, world.receipts, world.decisions).seed(world.accounts.get("emma"),
                world.accounts.get("eli"), world.accounts.get("lena"), world.accounts.get("leo"), world.frontDesk, world.onlineOrders,
                ReportingFixture.NOW);
        new DemoCoaching(lane.assessments, lane.records, lane.reportFacts).seed(world.accounts.get("emma"), world.accounts.get("eli"),
                world.accounts.get("lena"), world.accounts.get("leo"), world.frontDesk, world.onlineOrders, ReportingFixture.NOW);
    }

    @Test
    void coachingRecordsAreInEveryState_oneFollowingAnAssessmentThatCalledForCoaching() {
        assertThat(lane.records.all()).extracting(CoachingRecord::status).contains(CoachingStatus.values());
        assertThat(lane.records.all()).filteredOn(r -> r.assessmentId() != null).singleElement()
                .satisfies(r -> assertThat(lane.assessments.findById(r.assessmentId()).orElseThrow().response()).isEqualTo(Response.COACH));
        assertThat(lane.records.all()).filteredOn(r -> r.status() == CoachingStatus.DECLINED)
                .allSatisfy(r -> assertThat(r.employeeComment()).isNotBlank());
    }

    @Test
    void assessmentsAreOnNamedReportsFiledByThePersonInTime_inBothTeams() {
        assertThat(lane.assessments.all()).hasSize(2).allSatisfy(a -> {
            MistakeReport report = world.reports.findById(a.reportId()).orElseThrow();
            assertThat(report.isConfidential()).isFalse();
            assertThat(report.isReportedBy(a.subjectAccountId())).isTrue();
            assertThat(a.selfReportCredit()).isTrue();
        });
        assertThat(lane.assessments.all()).extracting(Assessment::teamId).containsExactlyInAnyOrder(world.frontDesk.id(), world.onlineOrders.id());
    }

    @Test
    void everyoneInTheLaneHasSomethingToSee() {
        assertThat(lane.as("emma").coaching.list(null, 0, 50).items()).anyMatch(CoachingRecordSummary::awaitsYou)
                .noneMatch(r -> r.status().equals("DRAFT"));
        assertThat(lane.as("eli").coaching.list(null, 0, 50).items()).anyMatch(CoachingRecordSummary::awaitsYou);
        assertThat(lane.as("lena").coaching.list(null, 0, 50).items()).anyMatch(r -> r.status().equals("DRAFT"));
        assertThat(lane.as("hana").coaching.list(null, 0, 50).items()).hasSize(lane.records.all().size() - 1);
        assertThat(lane.as("hana").assessing.list(0, 50).items()).extracting(AssessmentView::subject).containsExactlyInAnyOrder("emma", "eli");
        assertThat(lane.as("emma").assessing.list(0, 50).items()).extracting(AssessmentView::behaviour).containsExactly("HUMAN_ERROR");
    }

    @Test
    void noCoachingRecordOrAssessment_sharesADistinctiveWordWithAConfidentialReport() {
        List<MistakeReport> confidential = world.reports.all().stream().filter(MistakeReport::isConfidential).toList();
        Set<String> namedWords = world.reports.all().stream().filter(r -> !r.isConfidential())
                .flatMap(r -> words(texts(r)).stream()).collect(Collectors.toSet());
        assertThat(confidential).as("the demo has confidential reports to protect").hasSizeGreaterThanOrEqualTo(4);

        List<String> retold = new ArrayList<>();
        for (MistakeReport report : confidential) {
            Set<String> distinctive = words(texts(report)).stream().filter(w -> namedWords.stream().noneMatch(n -> sameWord(w, n)))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(distinctive).as("the words only report %s uses", report.title()).isNotEmpty();
            for (CoachingRecord record : lane.records.all()) {
                for (String word : words(List.of(record.topic(), record.expectation(), record.observations(), record.agreedActions(),
                        String.valueOf(record.employeeComment())))) {
                    distinctive.stream().filter(d -> sameWord(word, d)).forEach(d ->
                            retold.add("coaching record \u201C" + record.topic() + "\u201D says \u201C" + word + "\u201D, like the confidential \u201C"
                                    + report.title() + "\u201D"));
                }
            }
            for (Assessment assessment : lane.assessments.all()) {
                for (String word : words(List.of(assessment.reason()))) {
                    distinctive.stream().filter(d -> sameWord(word, d)).forEach(d ->
                            retold.add("assessment says \u201C" + word + "\u201D, like the confidential \u201C" + report.title() + "\u201D"));
                }
            }
        }
        assertThat(retold).isEmpty();
    }

    @Test
    void theWordCheck_wouldCatchARecordThatRetoldAConfidentialReport() {
        MistakeReport keyCard = world.reports.all().stream().filter(r -> r.title().startsWith("Key card")).findFirst().orElseThrow();
        Set<String> namedWords = world.reports.all().stream().filter(r -> !r.isConfidential())
                .flatMap(r -> words(texts(r)).stream()).collect(Collectors.toSet());

        assertThat(words(texts(keyCard))).filteredOn(w -> namedWords.stream().noneMatch(n -> sameWord(w, n)))
                .anyMatch(d -> words(List.of("Testing key cards before handing them over")).stream().anyMatch(w -> sameWord(w, d)));
    }

    // --- what counts as the same distinctive word ---

    /** Words of common English that say nothing about a story. */
    private static final Set<String> COMMON = Set.of("about", "after", "again", "also", "although", "because", "been", "before", "both",
            "could", "does", "done", "each", "even", "every", "first", "from", "have", "here", "into", "just", "last", "like", "made", "make",
            "more", "most", "much", "must", "never", "next", "once", "only", "other", "over", "same", "second", "should", "some", "such",
            "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "time", "under", "very", "were",
            "what", "when", "where", "which", "while", "will", "with", "would", "your", "usually", "obviously", "went", "came", "come",
            "still", "back", "down", "well", "good", "knew", "know", "said", "told", "asked", "without", "show");

    /** Everything a confidential (or named) report tells: title, story, bent rule, questions and answers, recovery notes. */
    private List<String> texts(MistakeReport report) {
        List<String> texts = new ArrayList<>(List.of(report.title(), report.narrative()));
        report.bentRule().ifPresent(b -> texts.addAll(List.of(b.rule(), b.reason(), b.valueCreated())));
        report.questions().forEach(q -> texts.addAll(Stream.of(q.text(), q.answer()).filter(Objects::nonNull).toList()));
        world.recoveries.findByReport(report.id()).forEach(c -> {
            texts.addAll(Stream.of(c.customerRef(), c.note(), c.apologyBy()).filter(Objects::nonNull).toList());
            c.steps().forEach(step -> Optional.ofNullable(step.note()).ifPresent(texts::add));
        });
        return texts;
    }

    /** Words of four letters or more, and numbers of three digits or more (rooms, bookings, orders), lower-cased. */
    private static Set<String> words(List<String> texts) {
        Set<String> words = new TreeSet<>();
        for (String text : texts) {
            for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                boolean number = token.chars().anyMatch(Character::isDigit);
                if ((number && token.length() >= 3) || (!number && token.length() >= 4 && !COMMON.contains(token))) {
                    words.add(token);
                }
            }
        }
        return words;
    }

    /** The same word in another form: "note" and "notes", "promise" and "promised", "test" and "testing". */
    static boolean sameWord(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.equals(longer)) {
            return true;
        }
        String root = shorter.length() >= 5 && shorter.endsWith("e") ? shorter.substring(0, shorter.length() - 1) : shorter;
        return root.length() >= 4 && longer.startsWith(root) && longer.length() - root.length() <= 3;
    }
}
