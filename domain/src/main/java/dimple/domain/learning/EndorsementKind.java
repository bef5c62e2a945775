package dimple.domain.learning;

/** What a person says about a lesson: it matters for their team, or they put it into practice. */
public enum EndorsementKind {
    APPLIES_TO_MY_TEAM, I_APPLIED_THIS
}
