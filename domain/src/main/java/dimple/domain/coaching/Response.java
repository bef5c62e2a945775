package dimple.domain.coaching;

/** What the leader does about the behaviour an assessment found. */
public enum Response {
    /** Support the person; fix the system that made the error possible. */
    CONSOLE,
    /** Talk through the choice and its risk, and agree what to do differently (a coaching record). */
    COACH,
    /** Hand the matter to HR. */
    REFER_TO_HR
}
