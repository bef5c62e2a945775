package dimple.application.shared;

import java.util.List;

/** One page of a list as the pages and the API show it. */
public record PageView<T>(List<T> items, int page, int size, long total) {
    public PageView {
        items = List.copyOf(items);
    }
}
