package dimple.domain.recovery;

import java.util.Optional;

/**
 * What a letter template may leave open, written {@code {name}} in its subject or body. Each is a value about the
 * customer's case that the customer may read; nothing of the report (its title, narrative, reporter or notes) can be
 * named, so a letter cannot carry it.
 */
public enum LetterPlaceholder {
    CUSTOMER_REFERENCE("customerReference"),
    REMEDY("remedy"),
    FOLLOW_UP_DATE("followUpDate"),
    SIGNED_BY("signedBy"),
    TEAM_NAME("teamName");

    private final String token;

    LetterPlaceholder(String token) {
        this.token = token;
    }

    /** The name between the braces. */
    public String token() {
        return token;
    }

    public static Optional<LetterPlaceholder> byToken(String token) {
        for (LetterPlaceholder placeholder : values()) {
            if (placeholder.token.equals(token)) {
                return Optional.of(placeholder);
            }
        }
        return Optional.empty();
    }
}
