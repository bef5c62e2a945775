package dimple.domain.recovery;

/** What the customer was given to make it right. */
public enum RemedyType {
    REPLACEMENT, REFUND, CREDIT, EXPEDITE, PERSONAL_CALL, FEE_WAIVER, OTHER
}
