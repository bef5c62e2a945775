package dimple.application.reporting;

import java.time.LocalDate;

/**
 * A team inbox filter; every field is optional. {@code team} by name (one the leader leads; all of
 * them when empty), enumerations by name, {@code from} and {@code to} are submission dates (UTC),
 * both inclusive.
 */
public record InboxFilter(String team, String status, String kind, String customerImpact, LocalDate from, LocalDate to) {
    public static InboxFilter everything() {
        return new InboxFilter(null, null, null, null, null, null);
    }
}
