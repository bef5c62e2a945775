package dimple.domain.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the counts of failed sign-ins per username-and-address and per address are kept. */
public interface SignInDelayRepository {
    /** The count under this key, read without locking it (to see whether someone must wait). */
    Optional<SignInDelay> findByKey(String key);

    /**
     * The count under the key of {@code fresh}, locked until the transaction ends, so that failures at the
     * same moment all count, one after the other. When there is none yet, {@code fresh} is stored first, on
     * its own (committed whatever happens to this transaction): the first failures of a username or an
     * address sent at once then lock the same count, instead of all but one being refused by its unique key
     * and losing their count and their audit entry with it.
     */
    SignInDelay lockedToCount(SignInDelay fresh);

    /**
     * Stores a key's first count on its own, committed at once whatever the caller does next, unless the
     * key has a count already (also one another failure stored a moment ago). Called with no transaction
     * open, before the failure is counted, so that counting never waits for a second connection.
     */
    void storeFirst(SignInDelay fresh);

    Optional<SignInDelay> findById(String id);

    /** Counts that slow somebody down at this moment, longest wait first. */
    List<SignInDelay> blockedAt(Instant now);

    List<SignInDelay> findByUsername(String username);

    void save(SignInDelay delay);

    void delete(String id);

    /** Removes counts that no longer matter; returns how many. */
    int deleteForgotten(Instant now);
}
