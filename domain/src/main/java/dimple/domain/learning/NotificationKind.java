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
    LESSON_IMPLEMENTED(2),
    /** A report was filed in a team you lead (number, title, NAMED or CONFIDENTIAL); it never says who filed it. */
    REPORT_SUBMITTED(3),
    /** A leader asked you a question about a report you filed (number, title). */
    QUESTION_ASKED(2),
    /** The reporter answered a question you asked (number, title, NAMED or CONFIDENTIAL); it never says who the reporter is. */
    QUESTION_ANSWERED(3),
    /** A coaching record about you was shared with you for acknowledgement (no facts: nothing of the record leaves the lane). */
    COACHING_RECORD_SHARED(0),
    /** The employee acknowledged a coaching record you wrote (no facts). */
    COACHING_RECORD_ACKNOWLEDGED(0),
    /** The employee declined a coaching record you wrote, with a comment kept on the record (no facts). */
    COACHING_RECORD_DECLINED(0);

    private final int facts;

    NotificationKind(int facts) {
        this.facts = facts;
    }

    /** How many facts a notification of this kind tells. */
    public int facts() {
        return facts;
    }
}
