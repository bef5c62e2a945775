package dimple.domain.learning;

import java.util.Set;

/** Where endorsements are kept. */
public interface EndorsementRepository {
    boolean exists(String lessonId, String accountId, EndorsementKind kind);

    /** The kinds the person endorsed this lesson with. */
    Set<EndorsementKind> kindsBy(String lessonId, String accountId);

    void save(Endorsement endorsement);
}
