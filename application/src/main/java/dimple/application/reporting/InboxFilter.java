package dimple.application.reporting;

import java.time.LocalDate;

/**
 * A team inbox filter; every field is optional. {@code team} by name (one the leader leads; all of
 * them when empty), enumerations by name, {@code from} and {@code to} are submission dates (UTC),
 * both inclusive; {@code words} are typed words, each found in the title or the narrative; {@code field} is the key of
 * one of the team's choice or yes/no custom fields (with {@code team}), {@code fieldValue} the answer to keep (one of
 * its choices, or true/false).
 */
public record InboxFilter(String team, String status, String kind, String customerImpact, LocalDate from, LocalDate to, String words,
                          String field, String fieldValue) {
    /** How long the typed words may be, in characters. */
    public static final int MAX_WORDS_LENGTH = 200;

    public InboxFilter(String team, String status, String kind, String customerImpact, LocalDate from, LocalDate to) {
        this(team, status, kind, customerImpact, from, to, null);
    }

    public InboxFilter(String team, String status, String kind, String customerImpact, LocalDate from, LocalDate to, String words) {
        this(team, status, kind, customerImpact, from, to, words, null, null);
    }

    public static InboxFilter everything() {
        return new InboxFilter(null, null, null, null, null, null, null, null, null);
    }
}
