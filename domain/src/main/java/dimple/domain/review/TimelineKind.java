package dimple.domain.review;

/** What a moment on a review's timeline was. */
public enum TimelineKind {
    /** Something that happened (the default). */
    EVENT,
    /** Somebody noticed that something was wrong. */
    DETECTION,
    /** A choice somebody made, with what they knew then. */
    DECISION,
    /** Something said or written to a customer or a colleague. */
    COMMUNICATION,
    /** Something done to put it right. */
    RECOVERY
}
