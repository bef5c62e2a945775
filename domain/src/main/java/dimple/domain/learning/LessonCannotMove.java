package dimple.domain.learning;

import dimple.domain.shared.RuleViolation;

/** A lesson cannot go from its state to the one asked for (e.g. an archived lesson is archived again). */
public class LessonCannotMove extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public LessonCannotMove(String code) {
        super(code);
    }
}
