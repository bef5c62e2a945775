package dimple.application.shared;

import dimple.domain.shared.Message;
import java.util.List;

/**
 * What the input names as new (a username, a team name, the first decision on a rule) was stored by
 * someone else at the same moment, after this request had checked that it was free: the doors answer 409
 * with the field, in the same words as the check would have used.
 */
public class TakenMeanwhile extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient FieldProblem problem;

    public TakenMeanwhile(String field, String code, Object... args) {
        super(code, null, false, false);
        this.problem = FieldProblem.of(field, code, args);
    }

    public FieldProblem problem() {
        return problem;
    }

    public Message message() {
        return problem.message();
    }
}
