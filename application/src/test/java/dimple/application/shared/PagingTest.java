package dimple.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagingTest {
    @Test
    void request_nothingGiven_isTheFirstPageOfTwenty() {
        assertThat(Paging.request(null, null)).isEqualTo(new PageRequest(0, 20));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void request_sizeWithinBounds_isAccepted(int size) {
        assertThat(Paging.request(3, size)).isEqualTo(new PageRequest(3, size));
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, 0, 101, 10_000})
    void request_sizeOutOfBounds_isRefusedOnSize(int size) {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> Paging.request(0, size));

        assertThat(English.said(refused.problems())).containsExactly(English.said("size", "size must be between 1 and 100."));
    }

    @Test
    void request_negativePageAndHugeSize_reportsBoth() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> Paging.request(-1, 101));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("page", "size");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 100})
    void request_aPageWhoseRowsNoStoreCanCountTo_isRefusedOnPage_andTheLastOneIsAccepted(int size) {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> Paging.request(Integer.MAX_VALUE, size));

        assertThat(English.said(refused.problems())).containsExactly(English.said("page",
                "There is no page that far in this list: pages go up to " + PageRequest.lastPage(size) + "."));
        PageRequest last = Paging.request(PageRequest.lastPage(size), size);
        assertThat((long) last.offset() + last.size()).isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThat(last.offset()).isNotNegative();
    }

    @Test
    void view_mapsItemsAndKeepsPositionAndTotal() {
        Page<Integer> page = Page.of(List.of(1, 2), new PageRequest(1, 2), 5);

        assertThat(Paging.view(page, i -> "#" + i)).isEqualTo(new PageView<>(List.of("#1", "#2"), 1, 2, 5));
    }
}
