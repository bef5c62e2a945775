package dimple.domain.learning;

import java.util.Set;

/** Where endorsements are kept. */
public interface EndorsementRepository {
    boolean exists(String lessonId, String accountId, EndorsementKind kind);

    /** The kinds the person endorsed this lesson with. */
    Set<EndorsementKind> kindsBy(String lessonId, String accountId);

    /**
     * Adds the endorsement and counts it on its lesson ({@link Lesson#counted}), unless this person endorsed
     * the lesson with this kind already: then nothing changes and the answer is false. Safe when the
     * same person endorses from several tabs at the same moment (one is added) and when many people
     * endorse at once (all are counted, none waits for another's commit to fail).
     */
    boolean add(Endorsement endorsement);
}
