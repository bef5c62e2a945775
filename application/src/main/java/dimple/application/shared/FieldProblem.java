package dimple.application.shared;

import dimple.domain.shared.Message;
import java.io.Serializable;

/** One thing wrong with one field of the input, as a message code for the person who typed it. */
public record FieldProblem(String field, Message message) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, Message.of(code, args));
    }
}
