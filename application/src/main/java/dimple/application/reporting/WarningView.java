package dimple.application.reporting;

import dimple.domain.shared.Message;

/**
 * Something the reporter should know about what they filed, though nothing was refused: a stable code
 * and the words (a message the web tier renders).
 */
public record WarningView(String code, Message message) implements java.io.Serializable {
    /** The team is small: who filed a confidential report may be guessed from the team alone. */
    public static final String SMALL_TEAM = "SMALL_TEAM";
}
