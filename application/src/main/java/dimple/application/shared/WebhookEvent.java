package dimple.application.shared;

/**
 * What a team's webhooks announce (docs/adr/0031), with its facts in order. Never a person, a customer or a
 * narrative: only what every signed-in person may read on the lessons board, and counts.
 */
public enum WebhookEvent {
    /** A lesson of the team was published (the lesson's title). */
    LESSON_PUBLISHED,
    /** Action items of the team became overdue (how many). */
    ACTIONS_OVERDUE,
    /** Customer follow-ups of the team became overdue (how many). */
    FOLLOW_UPS_OVERDUE,
    /** An administrator's test of one webhook from the webhooks page (no facts). */
    TEST
}
