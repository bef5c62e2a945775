package dimple.domain.learning;

/**
 * What a section of a lesson tells (ADR 20): the web tier words its heading
 * ({@code lesson.section.*}); a contributing factor carries its category, an action its type.
 * Factors, their whys and actions are one line each, shown under one heading in this order.
 */
public enum LessonPart {
    SUMMARY,
    WHAT_HAPPENED,
    WHY_IT_HAPPENED,
    /** One contributing factor: its description, with its {@code FactorCategory} as label. */
    FACTOR,
    /** One "why?" of the factor before it. */
    FACTOR_WHY,
    HOW_FIXED,
    WENT_WELL,
    WENT_WRONG,
    GOT_LUCKY,
    /** One planned action: its title, with its {@code ActionType} as label. */
    ACTION,
    NO_ACTION_NEEDED
}
