package dimple.infrastructure.persistence;

import dimple.domain.shared.UniqueKeyTaken;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.eclipse.persistence.exceptions.EclipseLinkException;

/**
 * Tells a violated unique key from every other failure of the database. H2 and PostgreSQL both report it
 * with SQLState {@value #UNIQUE_VIOLATION} (the SQL standard's class 23, integrity constraint violation,
 * subclass 505), on an {@link SQLException} that arrives wrapped: in EclipseLink's
 * {@code DatabaseException}, JPA's {@code PersistenceException}, and at a commit in JTA's
 * {@code RollbackException} and the container's {@code TransactionalException}. The whole chain is
 * searched: causes, EclipseLink's internal exceptions, JDBC's next exceptions and suppressed ones.
 *
 * <p>The same search tells lock contention (a lock timeout, a deadlock) from other failures.
 *
 * <p>The database's message is never used: H2 puts the duplicate value into it.
 */
public final class UniqueKeys {
    /** SQLState of a unique-key violation on H2 and PostgreSQL. */
    public static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeys() {
    }

    /** True when a unique key refused a row somewhere in what was thrown. */
    public static boolean violatedIn(Throwable thrown) {
        return anySqlState(thrown, Set.of(UNIQUE_VIOLATION));
    }

    /**
     * True when a statement waited too long for a row another transaction had locked, or the database
     * broke a deadlock: H2's lock timeout ({@code HYT00}) and deadlock ({@code 40001}), PostgreSQL's
     * serialization failure ({@code 40001}), deadlock ({@code 40P01}) and lock timeout ({@code 55P03}).
     * Nothing is wrong with the request: run again, it goes through.
     */
    public static boolean lockContentionIn(Throwable thrown) {
        return anySqlState(thrown, LOCK_CONTENTION);
    }

    private static final Set<String> LOCK_CONTENTION = Set.of("HYT00", "40001", "40P01", "55P03");

    private static boolean anySqlState(Throwable thrown, Set<String> states) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (thrown != null) {
            next.add(thrown);
        }
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql) {
                if (states.contains(sql.getSQLState())) {
                    return true;
                }
                addIfPresent(next, sql.getNextException());
            }
            if (t instanceof EclipseLinkException eclipseLink) {
                addIfPresent(next, eclipseLink.getInternalException());
            }
            addIfPresent(next, t.getCause());
            for (Throwable suppressed : t.getSuppressed()) {
                next.add(suppressed);
            }
        }
        return false;
    }

    /**
     * What to throw instead: {@link UniqueKeyTaken} when a unique key refused a row (the doors answer it
     * with 409, a use case may name the field), JPA's {@link PessimisticLockException} when the statement
     * met a lock it could not wait out (a use case that may run again does), otherwise the exception itself.
     */
    public static RuntimeException translated(RuntimeException thrown) {
        if (violatedIn(thrown)) {
            return new UniqueKeyTaken();
        }
        if (lockContentionIn(thrown) && !(thrown instanceof PessimisticLockException)) {
            return new PessimisticLockException("a row stayed locked by another transaction", thrown);
        }
        return thrown;
    }

    private static void addIfPresent(Deque<Throwable> next, Throwable t) {
        if (t != null) {
            next.add(t);
        }
    }
}
