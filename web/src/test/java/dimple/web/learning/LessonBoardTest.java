package dimple.web.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.application.learning.BoardFilter;
import dimple.application.learning.BoardOptions;
import dimple.application.learning.BoardPage;
import dimple.application.learning.LessonCard;
import dimple.application.learning.LessonService;
import dimple.application.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The lessons board without PrimeFaces' table (ADR 38): twelve cards a page, its address, a refused filter. */
class LessonBoardTest {
    /** The filters and pages the board asked for, in order. */
    private final List<BoardFilter> filters = new ArrayList<>();
    private final List<Integer> pages = new ArrayList<>();
    private int lessons = 30;
    private InvalidInput refusal;
    private String corrected;

    private LessonBoard board() {
        LessonBoard board = new LessonBoard();
        board.lessons = new LessonService() {
            @Override
            public BoardPage board(BoardFilter filter, Integer page, Integer size) {
                filters.add(filter);
                pages.add(page);
                if (refusal != null) {
                    throw refusal;
                }
                List<LessonCard> cards = IntStream.range(page * size, Math.min(lessons, (page + 1) * size)).mapToObj(LessonBoardTest::card).toList();
                return new BoardPage(cards, page, size, lessons, corrected);
            }

            @Override
            public BoardOptions options() {
                return new BoardOptions(List.of("refund"), List.of("Front Desk"), List.of("NEAR_MISS"));
            }
        };
        board.init();
        return board;
    }

    private static LessonCard card(int n) {
        return new LessonCard(String.valueOf(n), "Lesson " + n, "Take away " + n, List.of(), "Front Desk", "NEAR_MISS", "PUBLISHED",
                Instant.parse("2026-11-01T10:00:00Z"), 0, 0);
    }

    @Test
    void theBoardShowsTwelveCardsAPage_fetchedOnceWhenItOpens() {
        LessonBoard board = board();

        board.load();

        assertThat(board.getList().getRows()).extracting(LessonCard::id).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        assertThat(board.getList().getPages()).isEqualTo(3);
        assertThat(board.getList().isFirst()).isTrue();
        assertThat(board.getPage()).as("the first page needs no page in the address").isNull();
        assertThat(board.getOptions().teams()).containsExactly("Front Desk");
        assertThat(pages).as("one fetch, while the page opened").containsExactly(0);
    }

    @Test
    void anAddressAskingForPageTwo_opensIt_andOnePastTheLastOpensTheLast() {
        LessonBoard second = board();
        second.setPage("2");
        second.load();
        assertThat(second.getList().getRows()).hasSize(12).first().extracting(LessonCard::id).isEqualTo("12");
        assertThat(second.getList().getPage()).isEqualTo(2);
        assertThat(second.getPage()).isEqualTo("2");

        LessonBoard far = board();
        far.setPage("99");
        far.load();
        assertThat(far.getList().getRows()).extracting(LessonCard::id).containsExactly("24", "25", "26", "27", "28", "29");
        assertThat(far.getList().isLast()).isTrue();
        assertThat(far.getPage()).as("the page on show, for the next address").isEqualTo("3");
    }

    @Test
    void aPageThatIsNoNumber_opensTheFirst() {
        for (String page : List.of("abc", "-4", "0", "99999999999", " ")) {
            LessonBoard board = board();
            board.setPage(page);
            board.load();
            assertThat(board.getList().getPage()).as(page).isEqualTo(1);
            assertThat(board.getPage()).as(page).isNull();
        }
    }

    @Test
    void aSearch_leadsToTheBoardsAddressForItsFilters_onTheFirstPage_andFetchesNothingItself() {
        LessonBoard board = board();
        board.setPage("2");
        board.setExact("true");
        board.load();
        pages.clear();
        board.setQ("refund");
        board.setOrder("MOST_ENDORSED");
        board.setFrom(LocalDate.of(2026, 1, 5));

        assertThat(board.search()).isEqualTo("/lesson/board?faces-redirect=true&includeViewParams=true");

        assertThat(pages).as("the board the address opens fetches").isEmpty();
        assertThat(board.getPage()).isNull();
        assertThat(board.getExact()).as("a new search may correct typos again").isNull();
        assertThat(board.getOrderInAddress()).isEqualTo("MOST_ENDORSED");
        assertThat(board.getFromInAddress()).isEqualTo("2026-01-05");
        assertThat(board.getToInAddress()).isNull();
        board.setOrder("NEWEST");
        assertThat(board.getOrderInAddress()).as("newest first is what the board shows without one").isNull();
    }

    @Test
    void theAddressesFilters_reachTheSearch_andDaysNotUnderstoodOrFarOffAreLeftOut() {
        LessonBoard board = board();
        board.setQ("refund");
        board.setTag("refund");
        board.setTeam("Front Desk");
        board.setKind("NEAR_MISS");
        board.setFromInAddress("2026-01-05");
        board.setToInAddress("2026-13-01");
        board.setOrderInAddress("MOST_ENDORSED");
        board.setExact("true");

        board.load();

        assertThat(filters).containsExactly(new BoardFilter("refund", "refund", "Front Desk", "NEAR_MISS", LocalDate.of(2026, 1, 5), null,
                "MOST_ENDORSED", true));
        for (String day : List.of("1899-12-31", "2200-01-01", "5.1.2026", "<script>")) {
            board.setFromInAddress(day);
            assertThat(board.getFrom()).as(day).isNull();
        }
        board.setOrderInAddress(null);
        assertThat(board.getOrder()).isEqualTo("NEWEST");
    }

    @Test
    void aKindOrAnOrderTheBoardDoesNotHave_isLeftOutOfAHandEditedAddress_insteadOfRefusedInTheCodesWords() {
        LessonBoard board = board();
        board.setKind("BLAME");
        board.setOrderInAddress("OLDEST");

        board.load();

        assertThat(filters).containsExactly(new BoardFilter(null, null, null, null, null, null, "NEWEST", false));
        assertThat(board.getKind()).isNull();
        assertThat(board.getOrderInAddress()).as("newest first: nothing in the address").isNull();
    }

    @Test
    void aCorrectedSearch_saysWhatItFoundFor_andWhatWasTyped() {
        corrected = "refund";
        LessonBoard board = board();
        board.setQ("refnud");

        board.load();

        assertThat(board.getCorrectedQuery()).isEqualTo("refund");
        assertThat(board.getTypedQuery()).isEqualTo("refnud");
        assertThat(board.isSearching()).isTrue();
    }

    @Test
    void aFilterTheSearchRefuses_isRefusedWhileTheBoardOpens_asAnAction_soItsMessagesAreShown() {
        refusal = InvalidInput.of("from", "input.fromAfterTo");
        LessonBoard board = board();
        board.setFromInAddress("2026-02-01");
        board.setToInAddress("2026-01-01");

        assertThatThrownBy(board::load).isSameAs(refusal);
        assertThat(board.getOptions().tags()).as("the menus are there to correct it").containsExactly("refund");
    }
}
