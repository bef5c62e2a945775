package dimple.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 20, 100})
    void new_sizeFromOneToOneHundred_isAccepted(int size) {
        assertThat(new PageRequest(0, size).size()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 101, Integer.MAX_VALUE})
    void new_sizeOutsideOneToOneHundred_isRefused(int size) {
        assertThatThrownBy(() -> new PageRequest(0, size))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size must be between 1 and 100");
    }

    @Test
    void new_negativePage_isRefused() {
        assertThatThrownBy(() -> new PageRequest(-1, 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page must be 0 or more");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 100})
    void new_aPageWhoseOffsetWouldOverflow_isRefused_andTheLastPageStillCounts(int size) {
        assertThatThrownBy(() -> new PageRequest(Integer.MAX_VALUE, size)).isInstanceOf(IllegalArgumentException.class);
        PageRequest last = new PageRequest(PageRequest.lastPage(size), size);
        assertThat((long) last.offset() + size).isLessThanOrEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void offset_skipsTheEarlierPages() {
        assertThat(new PageRequest(0, 20).offset()).isZero();
        assertThat(new PageRequest(3, 25).offset()).isEqualTo(75);
    }

    @Test
    void first_isPageZero() {
        assertThat(PageRequest.first(10)).isEqualTo(new PageRequest(0, 10));
    }

    @Test
    void page_mapKeepsPositionAndTotal_andItemsCannotBeChangedLater() {
        List<Integer> items = new ArrayList<>(List.of(1, 2, 3));
        Page<Integer> page = Page.of(items, new PageRequest(2, 3), 42);
        items.add(4);

        Page<String> mapped = page.map(i -> "#" + i);

        assertThat(page.items()).containsExactly(1, 2, 3);
        assertThat(mapped).isEqualTo(new Page<>(List.of("#1", "#2", "#3"), 2, 3, 42));
        assertThatThrownBy(() -> mapped.items().add("#5")).isInstanceOf(UnsupportedOperationException.class);
    }
}
