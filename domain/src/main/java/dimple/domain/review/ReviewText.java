package dimple.domain.review;

/**
 * The free-text fields of a review, by their API names, with the most characters each may hold. The
 * candour statement is {@link #WHAT_HAPPENED}, {@link #WHY} and {@link #HOW_FIXED}: about systems,
 * never culprits.
 */
public enum ReviewText {
    TITLE("title", "Title", 200),
    SUMMARY("summary", "Summary", 2000),
    /** One line for the lesson; drawn from how it can be fixed or the summary when left empty. */
    TAKEAWAY("takeaway", "One-line takeaway", 300),
    WHAT_HAPPENED("whatHappened", "What happened", 8000),
    WHY("why", "Why it happened", 8000),
    HOW_FIXED("howFixed", "How it can be fixed", 8000),
    WENT_WELL("wentWell", "What went well", 4000),
    WENT_WRONG("wentWrong", "What went wrong", 4000),
    GOT_LUCKY("gotLucky", "Where we got lucky", 4000),
    /** Why no action item is needed; lets a review without actions be approved. */
    NO_ACTION_REASON("noActionReason", "Why no action is needed", 1000);

    private final String field;
    private final String label;
    private final int max;

    ReviewText(String field, String label, int max) {
        this.field = field;
        this.label = label;
        this.max = max;
    }

    /** The name people read on screen and in messages. */
    public String label() {
        return label;
    }

    /** The name in the API and in the history. */
    public String field() {
        return field;
    }

    public int max() {
        return max;
    }
}
