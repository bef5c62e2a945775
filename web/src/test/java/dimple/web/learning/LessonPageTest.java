package dimple.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.learning.BoardFilter;
import dimple.application.learning.BoardPage;
import dimple.application.learning.LessonCard;
import dimple.application.learning.LessonService;
import dimple.application.learning.LessonView;
import dimple.application.shared.RecordNotFound;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lesson's curate form without a widget: finding and picking the newer lesson, and archiving that asks first. */
class LessonPageTest {
    private static final String THIS = "11111111-1111-4111-8111-111111111111";
    private static final String NEWER = "22222222-2222-4222-8222-222222222222";
    private static final String OTHER = "33333333-3333-4333-8333-333333333333";
    private static final String GONE = "44444444-4444-4444-8444-444444444444";

    /** What the board's search answers, by the words it is given. */
    private final Map<String, List<LessonCard>> board = Map.of(
            "allergy", List.of(card(NEWER, "Allergy note missed at breakfast"), card(THIS, "Wet floor near the lobby"),
                    card(OTHER, "Allergy card at the buffet")),
            "buffet", List.of(card(OTHER, "Allergy card at the buffet")));
    private final List<String> asked = new ArrayList<>();
    private final List<String> archived = new ArrayList<>();
    private final List<String> superseded = new ArrayList<>();
    private final List<String> done = new ArrayList<>();
    /** Messages beside fields, as "field: words". */
    private final List<String> refused = new ArrayList<>();
    private final LessonPage page = page();

    @Test
    void wordsOfATitle_listTheCurrentLessonsMatching_byTheirTitles_neverThisLesson() {
        page.setWords(" allergy ");
        page.find();

        assertThat(page.getFound()).containsExactly(NEWER, OTHER);
        assertThat(page.getFound()).extracting(page::titleOf).containsExactly("Allergy note missed at breakfast", "Allergy card at the buffet");
        assertThat(page.getSearched()).isEqualTo("allergy");
        assertThat(page.getNewer()).as("nothing is picked for the person").isNull();
    }

    @Test
    void oneLetter_searchesNothing_andAnEarlierListGoes() {
        page.setWords("allergy");
        page.find();
        page.setNewer(NEWER);
        page.setWords("a");
        page.find();

        assertThat(page.getFound()).isEmpty();
        assertThat(page.getSearched()).as("no \"nothing matches\" for a letter").isNull();
        assertThat(page.getNewer()).isNull();
        assertThat(asked).containsExactly("allergy");
    }

    @Test
    void aPickedLesson_staysPicked_whileTheNewWordsStillListIt_andGoesWhenThey_doNot() {
        page.setWords("allergy");
        page.find();
        page.setNewer(OTHER);
        page.setWords("buffet");
        page.find();
        assertThat(page.getNewer()).isEqualTo(OTHER);

        page.setNewer(NEWER);
        page.find();
        assertThat(page.getNewer()).isNull();
    }

    @Test
    void aPastedLink_orId_offersThatLessonAlone_alreadyPicked() {
        page.setWords("https://dimple.test/lesson/view.xhtml?id=" + NEWER + "&x=1");
        page.find();
        assertThat(page.getFound()).containsExactly(NEWER);
        assertThat(page.getNewer()).isEqualTo(NEWER);
        assertThat(page.titleOf(NEWER)).isEqualTo("Allergy note missed at breakfast");

        page.setWords(OTHER);
        page.find();
        assertThat(page.getFound()).containsExactly(OTHER);
        assertThat(asked).as("a link is not searched for as words").isEmpty();
    }

    @Test
    void aPastedLinkToNoLesson_orToThisOne_findsNothing() {
        page.setWords("view.xhtml?id=" + GONE);
        page.find();
        assertThat(page.getFound()).isEmpty();
        assertThat(page.getSearched()).isNotNull();

        page.setWords("view.xhtml?id=" + THIS);
        page.find();
        assertThat(page.getFound()).isEmpty();
        assertThat(page.getNewer()).isNull();
    }

    @Test
    void supersede_withTheLessonPicked_marksThisOneSupersededByIt() {
        page.setWords("allergy");
        page.find();
        page.setNewer(OTHER);

        assertThat(page.supersede()).contains("faces-redirect=true").contains(THIS);

        assertThat(superseded).containsExactly(THIS + " by " + OTHER);
        assertThat(done).containsExactly("done.lessonSuperseded");
    }

    @Test
    void supersede_withALinkPasted_andNoSearch_usesItsId() {
        page.setWords("https://dimple.test/lesson/view.xhtml?id=" + NEWER);

        page.supersede();

        assertThat(superseded).containsExactly(THIS + " by " + NEWER);
    }

    @Test
    void supersede_withNothingPicked_asksToPickOne_andListsWhatTheWordsFind() {
        page.setWords("allergy");

        assertThat(page.supersede()).as("the same page").isNull();

        assertThat(superseded).isEmpty();
        assertThat(refused).containsExactly("curateForm:words: page.lesson.curate.pickOne");
        assertThat(page.getFound()).as("words sent without a search (no scripts) are searched").containsExactly(NEWER, OTHER);
    }

    @Test
    void supersede_whenTheWordsMatchNothing_saysSo() {
        page.setWords("teapot");
        page.find();

        page.supersede();

        assertThat(superseded).isEmpty();
        assertThat(refused).containsExactly("curateForm:words: page.lesson.curate.noMatch [teapot]");
    }

    @Test
    void supersede_withNoWordsAtAll_asksToPickOne() {
        page.supersede();

        assertThat(superseded).isEmpty();
        assertThat(refused).containsExactly("curateForm:words: page.lesson.curate.pickOne");
    }

    @Test
    void archiving_asksFirst_andArchivesOnlyWhenConfirmed() {
        page.askArchive();
        assertThat(page.isArchiveAsked()).isTrue();
        assertThat(archived).isEmpty();

        assertThat(page.archive()).contains("faces-redirect=true");
        assertThat(archived).containsExactly(THIS);
        assertThat(done).containsExactly("done.lessonArchived");
    }

    @Test
    void keepIt_withdrawsTheQuestion_andAConfirmationNobodyWasAsked_onlyAsks() {
        page.askArchive();
        page.keep();
        assertThat(page.isArchiveAsked()).isFalse();

        assertThat(page.archive()).as("stays on the page").isNull();
        assertThat(page.isArchiveAsked()).as("asks instead").isTrue();
        assertThat(archived).isEmpty();
    }

    @Test
    void anIdIsTakenOutOfAPastedLink_andWordsAreNoId() {
        assertThat(LessonPage.pastedId("  http://x/lesson/view.xhtml?id=" + NEWER + "  ")).isEqualTo(NEWER);
        assertThat(LessonPage.pastedId(NEWER)).isEqualTo(NEWER);
        assertThat(LessonPage.pastedId(NEWER.toUpperCase(java.util.Locale.ROOT))).as("ids are stored in small letters").isEqualTo(NEWER);
        assertThat(LessonPage.pastedId("Allergy note")).isNull();
        assertThat(LessonPage.pastedId("view.xhtml?id=not-an-id")).isNull();
        assertThat(LessonPage.pastedId("1-2-3-4-5")).as("a short form UUID.fromString would take").isNull();
        assertThat(LessonPage.pastedId(null)).isNull();
    }

    private LessonPage page() {
        LessonPage p = new LessonPage() {
            @Override
            void done(String key) {
                done.add(key);
            }

            @Override
            void say(String key) {
                done.add(key);
            }

            @Override
            void refuse(String field, String key, Object... args) {
                refused.add(field + ": " + key + (args.length == 0 ? "" : " " + List.of(args)));
            }
        };
        p.lessons = new LessonService() {
            @Override
            public BoardPage board(BoardFilter filter, Integer pageNumber, Integer size) {
                asked.add(filter.q());
                List<LessonCard> found = board.getOrDefault(filter.q(), List.of());
                return new BoardPage(found, 0, size, found.size(), null);
            }

            @Override
            public LessonView find(String lessonId) {
                return switch (lessonId) {
                    case THIS -> lesson(THIS, "Wet floor near the lobby");
                    case NEWER -> lesson(NEWER, "Allergy note missed at breakfast");
                    case OTHER -> lesson(OTHER, "Allergy card at the buffet");
                    default -> throw new RecordNotFound("lesson");
                };
            }

            @Override
            public LessonView archive(String lessonId) {
                archived.add(lessonId);
                return find(lessonId);
            }

            @Override
            public LessonView supersede(String lessonId, String byLessonId) {
                superseded.add(lessonId + " by " + byLessonId);
                return find(lessonId);
            }
        };
        p.setId(THIS);
        p.load();
        return p;
    }

    private static LessonCard card(String id, String title) {
        return new LessonCard(id, title, "Take away", List.of(), "Front Desk", "NEAR_MISS", "PUBLISHED", Instant.parse("2026-01-01T00:00:00Z"), 0, 0);
    }

    private static LessonView lesson(String id, String title) {
        return new LessonView(id, title, "Take away", null, List.of(), "Front Desk", "NEAR_MISS", "PUBLISHED", Instant.parse("2026-01-01T00:00:00Z"),
                null, null, Map.of(), List.of(), List.of(), List.of(), List.of(), true, 1);
    }
}
