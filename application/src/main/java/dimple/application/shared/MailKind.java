package dimple.application.shared;

/**
 * Why Dimple mails someone (docs/adr/0030). Each person chooses per kind: at once, a daily digest, or off.
 * A mail tells facts that its recipient may read in the app anyway, and never a report's narrative; the
 * facts of each kind are listed here, in order.
 */
public enum MailKind {
    /** A customer follow-up of a recovery is due within 48 hours (receipt number, due time): to the reporter and the team's leaders. */
    FOLLOW_UP_DUE,
    /** A customer follow-up of a recovery is overdue (receipt number, due time): to the reporter and the team's leaders. */
    FOLLOW_UP_OVERDUE,
    /** An action item was planned with you as its owner (title, due date). */
    ACTION_ASSIGNED,
    /** An action item you own is overdue (title, due date). */
    ACTION_OVERDUE,
    /** A leader asked a question about a report you filed (receipt number only: no title, whoever filed). */
    QUESTION_ASKED,
    /** A coaching record about you waits for your acknowledgement (no facts). */
    COACHING_RECORD_SHARED,
    /** What changed because you reported: a lesson from your report was published or implemented (the lesson's takeaway). */
    WHAT_CHANGED;

    /** The choice of a person who never chose. */
    public MailChoice defaultChoice() {
        return MailChoice.AT_ONCE;
    }
}
