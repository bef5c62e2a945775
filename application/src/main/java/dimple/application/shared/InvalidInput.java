package dimple.application.shared;

import java.util.List;

/** The input was refused before anything changed; each problem names its field. */
public class InvalidInput extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(summary(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        return problems.size() == 1 ? problems.get(0).message() : "Please correct the " + problems.size() + " marked fields.";
    }
}
