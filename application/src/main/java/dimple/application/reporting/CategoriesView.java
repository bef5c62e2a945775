package dimple.application.reporting;

import java.util.List;
import java.util.Optional;

/**
 * Every report kind and impact level, in the enumerations' order, with the administrator's words: the one lookup the
 * pages, the export and the insights name kinds and impacts through. An empty answer means "the bundle's words".
 */
public record CategoriesView(List<CategoryView> kinds, List<CategoryView> impacts) {
    public CategoriesView {
        kinds = List.copyOf(kinds);
        impacts = List.copyOf(impacts);
    }

    public Optional<String> kindName(String kind, String language) {
        return of(kinds, kind).map(c -> c.names().get(language));
    }

    public Optional<String> kindDescription(String kind, String language) {
        return of(kinds, kind).map(c -> c.descriptions().get(language));
    }

    public Optional<String> impactName(String impact, String language) {
        return of(impacts, impact).map(c -> c.names().get(language));
    }

    public Optional<String> impactDescription(String impact, String language) {
        return of(impacts, impact).map(c -> c.descriptions().get(language));
    }

    /** Whether a report of this kind should have at least one affected customer, and so a recovery case. */
    public boolean needsRecoveryCase(String kind) {
        return of(kinds, kind).map(CategoryView::needsRecoveryCase).orElse(false);
    }

    public List<String> kindsNeedingRecoveryCase() {
        return kinds.stream().filter(CategoryView::needsRecoveryCase).map(CategoryView::key).toList();
    }

    private static Optional<CategoryView> of(List<CategoryView> list, String key) {
        return list.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
