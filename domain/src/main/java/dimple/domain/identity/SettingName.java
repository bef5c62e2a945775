package dimple.domain.identity;

/** The organisation's settings an administrator switches on or off; each is off until switched on. */
public enum SettingName {
    /** A review is approved only once two different leaders of its team have approved it. */
    SECOND_LEADER_APPROVES_REVIEWS
}
