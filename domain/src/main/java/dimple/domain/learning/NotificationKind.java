package dimple.domain.learning;

/** Why someone is told something in the app, and how many facts a notification of the kind stores. */
public enum NotificationKind {
    /** A leader triaged a report you filed: noted, into a review, or a duplicate (number, title, outcome, original's number, note). */
    REPORT_TRIAGED(5),
    /** The review of a report you filed is published: here is what changed because you reported (number, takeaway). */
    REVIEW_PUBLISHED(2),
    /** Someone planned an action item with you as its owner (title, due date). */
    ACTION_ASSIGNED(2),
    /** All the action items of a lesson from a report you filed are done: here is what changed because you reported (title, takeaway). */
    LESSON_IMPLEMENTED(2);

    private final int facts;

    NotificationKind(int facts) {
        this.facts = facts;
    }

    /** How many facts a notification of this kind tells. */
    public int facts() {
        return facts;
    }
}
