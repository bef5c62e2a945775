package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.shared.PageView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The lazy table over a paged use case: each page someone sees is fetched once, with its total, which
 * is what keeps a board search from ranking twice and an audited list at one audit line per page seen.
 */
class PagedTableTest {
    /** The pages asked for, as "page/size". */
    private final List<String> fetched = new ArrayList<>();
    private long items = 45;

    private PageView<Integer> page(int page, int size) {
        fetched.add(page + "/" + size);
        List<Integer> shown = IntStream.range(page * size, (int) Math.min(items, (long) (page + 1) * size)).boxed().toList();
        return new PageView<>(shown, page, size, items);
    }

    private final PagedTable<Integer> table = new PagedTable<>(20, this::page);

    /** What PrimeFaces does to draw the table at {@code first}: the count, back to the last page if the list got shorter, then the page. */
    private static List<Integer> draw(PagedTable<Integer> table, int first) {
        int rows = 20;
        int count = table.count(Map.of());
        table.setRowCount(count);
        int at = count > 0 && first >= count ? (count - 1) / rows * rows : first;
        List<Integer> shown = table.load(at, rows, Map.of(), Map.of());
        table.setWrappedData(shown);
        return shown;
    }

    @Test
    void theFirstDrawing_fetchesTheFirstPageOnce_andTheTotalComesWithIt() {
        List<Integer> shown = draw(table, 0);

        assertThat(shown).startsWith(0, 1).hasSize(20);
        assertThat(table.getRowCount()).isEqualTo(45);
        assertThat(fetched).containsExactly("0/20");
    }

    @Test
    void turningPages_fetchesEachPageShown_once_andNothingToCount() {
        draw(table, 0);
        draw(table, 20);
        List<Integer> last = draw(table, 40);

        assertThat(last).containsExactly(40, 41, 42, 43, 44);
        assertThat(fetched).containsExactly("0/20", "1/20", "2/20");
    }

    @Test
    void aNewSearch_fetchesThePageOnShowOnce_withTheNewTotal() {
        draw(table, 0);
        draw(table, 20);
        items = 30;

        table.refresh();
        List<Integer> shown = draw(table, 20);

        assertThat(shown).hasSize(10);
        assertThat(table.getRowCount()).isEqualTo(30);
        assertThat(fetched).containsExactly("0/20", "1/20", "1/20");
    }

    @Test
    void aSearchThatLeavesFewerPagesThanTheOneOnShow_movesToTheLastPage_whichCostsOneMoreFetch() {
        draw(table, 0);
        draw(table, 40);
        items = 15;

        table.refresh();
        List<Integer> shown = draw(table, 40);

        assertThat(shown).hasSize(15);
        assertThat(fetched).containsExactly("0/20", "2/20", "2/20", "0/20");
    }

    @Test
    void noPageIsLongerThanAHundredRows() {
        table.load(0, 5000, Map.of(), Map.of());

        assertThat(fetched).containsExactly("0/100");
    }

    @Test
    void afterItsSessionMoved_theTableFetchesTheNextPageFromTheSameSource() throws Exception {
        Screen screen = new Screen();
        draw(screen.table, 0);

        Screen moved = (Screen) copy(screen);
        List<Integer> next = draw(moved.table, 20);

        assertThat(next).startsWith(20, 21);
        assertThat(moved.asked).containsExactly("0/20", "1/20");
    }

    /** A screen bean in miniature: its table's source is a lambda over the bean itself. */
    private static final class Screen implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final List<String> asked = new ArrayList<>();
        final PagedTable<Integer> table = new PagedTable<>(20, (page, size) -> fetch(page, size));

        private PageView<Integer> fetch(int page, int size) {
            asked.add(page + "/" + size);
            return new PageView<>(IntStream.range(page * size, (page + 1) * size).boxed().toList(), page, size, 100);
        }
    }

    private static Object copy(Object object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
