package dimple.domain.review;

/** What an action item does: fix what went wrong, keep it from happening again, or notice it sooner. */
public enum ActionType {
    CORRECTIVE, PREVENTIVE, DETECTIVE
}
