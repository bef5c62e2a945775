package dimple.infrastructure.persistence;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
     * Stores an aggregate without asking the database whether it exists. One this persistence context
     * manages (loaded in this use case) needs nothing here: its changes are written once, when the use
     * case ends ({@link FlushBeforeCommit}), still inside it, so a stale version or a taken name is refused
     * there. A new one is persisted and a detached one (loaded by another persistence context) merged,
     * and both are written at once: aggregates refer to each other by id columns that EclipseLink cannot
     * see as relationships, so writing a new row when it is saved keeps the rows in the order the use case
     * saves them, which is the order the schema's foreign keys need, and a unique name or a stale version
     * is refused at the save, as before ({@link dimple.domain.shared.UniqueKeyTaken} for a taken unique key,
     * so that the use case can name the field).
     *
     * <p>New and detached are told apart by the version attribute, which is 0 until the aggregate is
     * first stored; an aggregate without one is new unless managed (such aggregates are changed only in
     * the transaction that loads them). A row written by plain SQL (version 0 by the column's default)
     * and loaded by another persistence context is taken for new: load it where it is saved.
     */
    public static void save(EntityManager em, Object aggregate) {
        if (em.contains(aggregate)) {
            return;
        }
        try {
            if (storedBefore(em, aggregate)) {
                em.merge(aggregate);
            } else {
                em.persist(aggregate);
            }
            em.flush();
        } catch (PersistenceException e) {
            throw UniqueKeys.translated(e);
        }
    }

    private static final Map<Class<?>, Optional<Field>> VERSIONS = new ConcurrentHashMap<>();

    private static boolean storedBefore(EntityManager em, Object aggregate) {
        Optional<Field> version = VERSIONS.computeIfAbsent(aggregate.getClass(), type -> versionOf(em, type));
        if (version.isEmpty()) {
            return false;
        }
        try {
            return ((Number) version.get().get(aggregate)).longValue() != 0;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("The version of " + aggregate.getClass().getName() + " cannot be read", e);
        }
    }

    /** The field of the entity's version attribute, if it has one. */
    private static Optional<Field> versionOf(EntityManager em, Class<?> type) {
        EntityType<?> entity = em.getMetamodel().entity(type);
        if (!entity.hasVersionAttribute()) {
            return Optional.empty();
        }
        for (SingularAttribute<?, ?> attribute : entity.getSingularAttributes()) {
            if (attribute.isVersion() && attribute.getJavaMember() instanceof Field field) {
                field.setAccessible(true);
                return Optional.of(field);
            }
        }
        throw new IllegalStateException(type.getName() + " has a version that is not a field");
    }

    /** A LIKE pattern that matches the text literally anywhere, with '!' as the escape character. */
    public static String containsPattern(String text) {
        String escaped = text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
