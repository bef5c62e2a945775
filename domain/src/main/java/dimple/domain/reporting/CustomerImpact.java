package dimple.domain.reporting;

/** How much the customers felt of it, as the reporter judges it. */
public enum CustomerImpact {
    NONE, MINOR, MAJOR, SEVERE
}
