package dimple.application.shared;

import dimple.domain.shared.Message;
import java.util.List;

/** The input was refused before anything changed; each problem names its field. */
public class InvalidInput extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;
    private final Message message;

    public InvalidInput(List<FieldProblem> problems) {
        this(List.copyOf(problems), summary(problems));
    }

    private InvalidInput(List<FieldProblem> problems, Message message) {
        super(message.toString(), null, false, false);
        this.problems = problems;
        this.message = message;
    }

    /** One problem with one field: a message code and its arguments. */
    public static InvalidInput of(String field, String code, Object... args) {
        return new InvalidInput(List.of(FieldProblem.of(field, code, args)));
    }

    /** The same problems with a field named differently, for a caller whose form or API names it so. */
    public InvalidInput renamed(String field, String as) {
        return new InvalidInput(problems.stream().map(p -> p.field().equals(field) ? new FieldProblem(as, p.message()) : p).toList());
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The one problem's message, or a summary asking to correct the marked fields. */
    public Message message() {
        return message;
    }

    private static Message summary(List<FieldProblem> problems) {
        return problems.size() == 1 ? problems.get(0).message() : Message.of("input.several", problems.size());
    }
}
