package dimple.application.bootstrap;

import dimple.domain.shared.RuleViolation;

/** The application backs up only its embedded database; a database server is backed up with its own tools. */
public class BackupNotOffered extends RuleViolation {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "backup.notOffered";

    public BackupNotOffered() {
        super(CODE);
    }
}
