package dimple.application.shared;

import dimple.domain.shared.Message;
import java.util.List;
import java.util.Map;

/**
 * A rule refused the change for reasons tied to fields of what would be stored or shown (the doors
 * answer 409 with each reason as an error of its field, and the page puts each beside its field). The
 * exception's own text is the code alone: the reasons may quote what the person wrote, which never
 * goes into a log.
 */
public class RuleRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;
    private final Message message;

    public RuleRefusal(Message message, List<FieldProblem> problems) {
        super(message.code(), null, false, false);
        this.message = message;
        this.problems = List.copyOf(problems);
    }

    public Message message() {
        return message;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * Members the API's problem answer carries beside its errors (RFC 9457 extensions), by name: lists of flat records
     * of texts, numbers and booleans. None unless a refusal needs them.
     */
    public Map<String, List<Map<String, Object>>> extensions() {
        return Map.of();
    }
}
