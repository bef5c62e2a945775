package dimple.domain.review;

import dimple.domain.shared.TextLimit;

/**
 * The free-text fields of a review, by their API names, with the most characters each may hold. The
 * candour statement is {@link #WHAT_HAPPENED}, {@link #WHY} and {@link #HOW_FIXED}: about systems,
 * never culprits. Each owns its limit: stripped, may be empty, at most {@link #max()} characters.
 */
public enum ReviewText {
    TITLE("title", "field.title", 200),
    SUMMARY("summary", "field.summary", 2000),
    /** One line for the lesson; drawn from how it can be fixed or the summary when left empty. */
    TAKEAWAY("takeaway", "field.oneLineTakeaway", 300),
    WHAT_HAPPENED("whatHappened", "field.whatHappened", 8000),
    WHY("why", "field.whyItHappened", 8000),
    HOW_FIXED("howFixed", "field.howItCanBeFixed", 8000),
    WENT_WELL("wentWell", "field.whatWentWell", 4000),
    WENT_WRONG("wentWrong", "field.whatWentWrong", 4000),
    GOT_LUCKY("gotLucky", "field.whereWeGotLucky", 4000),
    /** Why no action item is needed; lets a review without actions be approved. */
    NO_ACTION_REASON("noActionReason", "field.whyNoActionIsNeeded", 1000);

    private final String field;
    private final TextLimit limit;

    ReviewText(String field, String label, int max) {
        this.field = field;
        this.limit = TextLimit.optional(label, max);
    }

    /**
     * The text stripped, null when blank.
     *
     * @throws dimple.domain.shared.TextRefused when it is longer than {@link #max()}
     */
    public String clean(String text) {
        return limit.apply(text);
    }

    /** The code of the name people read on screen and in messages ({@code field.*} in the message bundles). */
    public String label() {
        return limit.label();
    }

    /** The name in the API and in the history. */
    public String field() {
        return field;
    }

    public int max() {
        return limit.max();
    }
}
