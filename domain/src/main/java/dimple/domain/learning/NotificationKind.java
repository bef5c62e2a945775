package dimple.domain.learning;

/** Why someone is told something in the app. */
public enum NotificationKind {
    /** A leader triaged a report you filed: noted, into a review, or a duplicate. */
    REPORT_TRIAGED,
    /** The review of a report you filed is published: here is what changed because you reported. */
    REVIEW_PUBLISHED,
    /** Someone planned an action item with you as its owner. */
    ACTION_ASSIGNED,
    /** All the action items of a lesson from a report you filed are done: here is what changed because you reported. */
    LESSON_IMPLEMENTED
}
