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

    /** The same problems with a field named differently, for a caller whose form or API names it so. */
    public InvalidInput renamed(String field, String as) {
        return new InvalidInput(problems.stream().map(p -> p.field().equals(field) ? new FieldProblem(as, p.message()) : p).toList());
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        return problems.size() == 1 ? problems.get(0).message() : "Please correct the " + problems.size() + " marked fields.";
    }
}
