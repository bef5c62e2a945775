package dimple.domain.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the counts of failed sign-ins per username-and-address and per address are kept. */
public interface SignInDelayRepository {
    /** The count under this key, read without locking it (to see whether someone must wait). */
    Optional<SignInDelay> findByKey(String key);

    /** The count under this key, locked until the transaction ends, so two failures at once both count. */
    Optional<SignInDelay> findByKeyToCount(String key);

    Optional<SignInDelay> findById(String id);

    /** Counts that slow somebody down at this moment, longest wait first. */
    List<SignInDelay> blockedAt(Instant now);

    List<SignInDelay> findByUsername(String username);

    void save(SignInDelay delay);

    void delete(String id);

    /** Removes counts that no longer matter; returns how many. */
    int deleteForgotten(Instant now);
}
