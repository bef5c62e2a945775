package dimple.domain.shared;

/**
 * Something that must be unique (a username, a team name, the decision on a rule) was stored by someone
 * else at the same moment: the database's unique key refused the second row. Repositories raise it where
 * they write; a use case that knows which field the key belongs to refuses the request naming that field
 * instead. Says nothing about the row that was there first.
 */
public class UniqueKeyTaken extends RuleViolation {
    private static final long serialVersionUID = 1L;
    /** The code of "someone stored the same thing at the same moment". */
    public static final String CODE = "refusal.takenMeanwhile";

    public UniqueKeyTaken() {
        super(CODE);
    }
}
