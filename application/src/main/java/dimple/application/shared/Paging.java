package dimple.application.shared;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.function.Function;

/** Turns page numbers from a caller into a checked request, and domain pages into views. */
public final class Paging {
    private Paging() {
    }

    public static PageRequest request(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? PageRequest.DEFAULT_SIZE : size;
        boolean sizeFits = s >= 1 && s <= PageRequest.MAX_SIZE;
        Check.input()
                .that(p >= 0, "page", "input.page")
                .that(!sizeFits || p <= PageRequest.lastPage(s), "page", "input.pageTooFar", String.valueOf(sizeFits ? PageRequest.lastPage(s) : 0))
                .that(sizeFits, "size", "input.size", PageRequest.MAX_SIZE)
                .orRefuse();
        return new PageRequest(p, s);
    }

    public static <T, R> PageView<R> view(Page<T> page, Function<? super T, ? extends R> mapper) {
        Page<R> mapped = page.map(mapper);
        return new PageView<>(mapped.items(), mapped.page(), mapped.size(), mapped.total());
    }
}
