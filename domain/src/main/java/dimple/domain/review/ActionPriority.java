package dimple.domain.review;

/** How urgent an action item is; {@link #MEDIUM} unless said otherwise. */
public enum ActionPriority {
    LOW, MEDIUM, HIGH
}
