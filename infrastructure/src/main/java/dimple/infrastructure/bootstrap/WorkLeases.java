package dimple.infrastructure.bootstrap;

import java.time.Instant;

/**
 * Leases on kinds of scheduled work, shared by every instance of a cluster through the database: whoever
 * holds a kind's lease is the one instance that does that work. Each call is a conditional update that only
 * one instance can win, so two instances never both hold a lease. Times come in as arguments.
 */
public interface WorkLeases {
    /**
     * Takes the lease on {@code work} for {@code holder} until {@code until}, when nobody holds it, when it
     * ran out by {@code now}, or when {@code holder} holds it already.
     *
     * @return whether {@code holder} holds the lease now
     */
    boolean take(String work, String holder, Instant now, Instant until);

    /**
     * Moves the end of a lease that {@code holder} still holds, even one that ran out while nobody else took it.
     *
     * @return false when another holder has taken the lease meanwhile
     */
    boolean extend(String work, String holder, Instant until);

    /** Gives the lease up at once, when {@code holder} holds it; someone else may take it straight away. */
    void release(String work, String holder);
}
