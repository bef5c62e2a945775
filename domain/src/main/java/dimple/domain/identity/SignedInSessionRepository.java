package dimple.domain.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the sessions people are signed in with are kept; ending a session deletes it. */
public interface SignedInSessionRepository {
    void save(SignedInSession session);

    Optional<SignedInSession> findByTokenHash(String tokenHash);

    Optional<SignedInSession> findById(String id);

    /** The account's sessions, most recently started first. */
    List<SignedInSession> findByAccount(String accountId);

    long countByAccount(String accountId);

    void delete(String id);

    /** Ends every session of the account but the one with this id (null: every session); returns how many ended. */
    int deleteByAccountExcept(String accountId, String keepId);

    /** Removes sessions whose absolute lifetime ended before this moment; returns how many. */
    int deleteEndedBefore(Instant moment);
}
