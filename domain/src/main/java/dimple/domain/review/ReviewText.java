package dimple.domain.review;

/**
 * The free-text fields of a review, by their API names, with the most characters each may hold. The
 * candour statement is {@link #WHAT_HAPPENED}, {@link #WHY} and {@link #HOW_FIXED}: about systems,
 * never culprits.
 */
public enum ReviewText {
    TITLE("title", 200),
    SUMMARY("summary", 2000),
    /** One line for the lesson; drawn from how it can be fixed or the summary when left empty. */
    TAKEAWAY("takeaway", 300),
    WHAT_HAPPENED("whatHappened", 8000),
    WHY("why", 8000),
    HOW_FIXED("howFixed", 8000),
    WENT_WELL("wentWell", 4000),
    WENT_WRONG("wentWrong", 4000),
    GOT_LUCKY("gotLucky", 4000),
    /** Why no action item is needed; lets a review without actions be approved. */
    NO_ACTION_REASON("noActionReason", 1000);

    private final String field;
    private final int max;

    ReviewText(String field, int max) {
        this.field = field;
        this.max = max;
    }

    /** The name in the API and in the history. */
    public String field() {
        return field;
    }

    public int max() {
        return max;
    }
}
