package dimple.domain.review;

/**
 * Where an action item is: {@link #OPEN} → {@link #IN_PROGRESS} → {@link #DONE} or {@link #NOT_DOING}
 * (with a reason). An open item may also be done or dropped straight away. Done and not doing are final.
 */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, NOT_DOING;

    public boolean isClosed() {
        return this == DONE || this == NOT_DOING;
    }

    /** May an item in this state move to {@code next}? */
    public boolean mayMoveTo(ActionStatus next) {
        return switch (this) {
            case OPEN -> next == IN_PROGRESS || next == DONE || next == NOT_DOING;
            case IN_PROGRESS -> next == DONE || next == NOT_DOING;
            case DONE, NOT_DOING -> false;
        };
    }
}
