package dimple.infrastructure.persistence;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import jakarta.persistence.EntityManager;
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

    /**
     * Stores a new aggregate or the changes to a loaded one, and flushes, so that a constraint the
     * database enforces (a unique name, say) is refused inside the use case rather than at commit.
     */
    public static <T> void save(EntityManager em, T aggregate, Object id) {
        if (!em.contains(aggregate)) {
            if (em.find(aggregate.getClass(), id) == null) {
                em.persist(aggregate);
            } else {
                em.merge(aggregate);
            }
        }
        em.flush();
    }

    /** A LIKE pattern that matches the text literally anywhere, with '!' as the escape character. */
    public static String containsPattern(String text) {
        String escaped = text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
