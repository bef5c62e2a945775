package dimple.domain.reporting;

import dimple.domain.shared.RuleViolation;

/** Closing a report as noted tells the reporter why: a note is required. */
public class NotedNeedsANote extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public NotedNeedsANote() {
        super("rule.notedNeedsANote");
    }
}
