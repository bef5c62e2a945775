package dimple.domain.reporting;

import dimple.domain.shared.RuleViolation;

/** A removed custom field stays as it was, so the values already stored keep their label: it is not changed or moved. */
public class RemovedFieldIsKept extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public RemovedFieldIsKept() {
        super("rule.customField.removed");
    }
}
