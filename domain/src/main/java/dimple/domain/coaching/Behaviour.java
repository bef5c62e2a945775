package dimple.domain.coaching;

/** What kind of behaviour an assessment found, in Just Culture's three kinds. */
public enum Behaviour {
    /** An inadvertent slip, lapse or mistake: the person did not choose the risk. */
    HUMAN_ERROR,
    /** A choice whose risk was not recognised or was believed justified, often because drift made it normal. */
    AT_RISK,
    /** A conscious disregard of a substantial and unjustifiable risk. */
    RECKLESS;

    /** The response Just Culture pairs with this behaviour: console, coach, refer to HR. */
    public Response usualResponse() {
        return switch (this) {
            case HUMAN_ERROR -> Response.CONSOLE;
            case AT_RISK -> Response.COACH;
            case RECKLESS -> Response.REFER_TO_HR;
        };
    }
}
