package dimple.infrastructure.persistence;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import jakarta.persistence.TypedQuery;
import java.util.Optional;

/** Small helpers the JPA repositories share. */
public final class Queries {
    private Queries() {
    }

    public static <T> Optional<T> single(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultList().stream().findFirst();
    }

    public static <T> Page<T> page(TypedQuery<T> items, TypedQuery<Long> count, PageRequest request) {
        long total = count.getSingleResult();
        return Page.of(items.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(), request, total);
    }

    /** A LIKE pattern that matches the text literally anywhere, with '!' as the escape character. */
    public static String containsPattern(String text) {
        String escaped = text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
