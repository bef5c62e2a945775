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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The team inbox's pager (ADR 38): pages as people count them, a move to another node, a list that shrank meanwhile. */
class PlainPagesTest {
    /** 45 numbered rows, or as many as {@link #rows} says; remembers which pages were fetched. */
    static final class Numbers implements PageSource<Integer> {
        private static final long serialVersionUID = 1L;
        int rows = 45;
        final List<Integer> fetched = new ArrayList<>();

        @Override
        public PageView<Integer> page(int page, int size) {
            fetched.add(page);
            List<Integer> items = IntStream.range(page * size, Math.min(rows, (page + 1) * size)).boxed().toList();
            return new PageView<>(items, page, size, rows);
        }
    }

    /** One request after another, as {@link #next()} says; none refused unless told. */
    static final class Requests implements PlainPages.Requests {
        private static final long serialVersionUID = 1L;
        int request;
        boolean refused;

        @Override
        public Object current() {
            return request;
        }

        @Override
        public boolean refused() {
            return refused;
        }
    }

    private final Requests requests = new Requests();

    private PlainPages<Integer> pages(Numbers numbers) {
        return new PlainPages<>(20, numbers, requests);
    }

    @Test
    void pagesOfTwenty_countedFromOne_withNoPreviousOnTheFirstAndNoNextOnTheLast() {
        PlainPages<Integer> pages = pages(new Numbers());

        assertThat(pages.getPage()).isEqualTo(1);
        assertThat(pages.getPages()).isEqualTo(3);
        assertThat(pages.getRows()).hasSize(20).startsWith(0);
        assertThat(pages.isFirst()).isTrue();
        pages.previous();
        assertThat(pages.getPage()).isEqualTo(1);
        pages.next();
        pages.next();
        assertThat(pages.isLast()).isTrue();
        assertThat(pages.getRows()).containsExactly(40, 41, 42, 43, 44);
        pages.next();
        assertThat(pages.getPage()).isEqualTo(3);
    }

    @Test
    void afterAMoveToAnotherNode_theSamePageIsShown_fetchedThere() throws IOException, ClassNotFoundException {
        PlainPages<Integer> pages = pages(new Numbers());
        pages.next();
        assertThat(pages.getRows()).startsWith(20);

        PlainPages<Integer> moved = moved(pages);

        assertThat(moved.getPage()).isEqualTo(2);
        assertThat(moved.getRows()).startsWith(20).hasSize(20);
        moved.next();
        assertThat(moved.getRows()).startsWith(40);
    }

    @Test
    void aListThatShrankMeanwhile_showsItsLastPage_andAFilterStartsAtTheFirst() {
        Numbers numbers = new Numbers();
        PlainPages<Integer> pages = pages(numbers);
        pages.next();
        pages.next();
        assertThat(pages.getPage()).isEqualTo(3);

        numbers.rows = 30;
        assertThat(pages.getPage()).as("within one request the page is fetched once").isEqualTo(3);
        requests.request++;
        assertThat(pages.getRows()).as("the next request fetches again: page 3 of what is now two").startsWith(20).hasSize(10);
        assertThat(pages.getPage()).isEqualTo(2);
        assertThat(pages.getRows()).startsWith(20).hasSize(10);

        pages.refresh();
        assertThat(pages.getPage()).isEqualTo(1);
        assertThat(numbers.fetched).endsWith(0);
    }

    @Test
    void aFilterTheUseCaseRefused_showsNoRows_insteadOfAskingAgain() {
        Numbers numbers = new Numbers();
        PlainPages<Integer> pages = pages(numbers);
        requests.refused = true;

        assertThat(pages.getRows()).isEmpty();
        assertThat(numbers.fetched).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static PlainPages<Integer> moved(PlainPages<Integer> pages) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(pages);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (PlainPages<Integer>) in.readObject();
        }
    }
}
