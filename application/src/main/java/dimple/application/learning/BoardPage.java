package dimple.application.learning;

import dimple.application.shared.PageView;
import java.util.List;

/**
 * One page of the board as the page and the API show it: a {@link PageView} of lesson cards and, when
 * the search as typed found nothing and one with its typos corrected did, the corrected search text
 * ({@code correctedQuery}, null otherwise): the cards are that search's.
 */
public record BoardPage(List<LessonCard> items, int page, int size, long total, String correctedQuery) {
    public BoardPage {
        items = List.copyOf(items);
    }

    static BoardPage of(PageView<LessonCard> page, String correctedQuery) {
        return new BoardPage(page.items(), page.page(), page.size(), page.total(), correctedQuery);
    }

    /** The page without the correction, for lists that page any use case. */
    public PageView<LessonCard> asPageView() {
        return new PageView<>(items, page, size, total);
    }
}
