package dimple.application.coaching;

import java.time.LocalDate;

/**
 * Filters for the list and the export: team name, employee and coach usernames, days held (inclusive)
 * and status. Null or blank does not filter.
 */
public record CoachingFilter(String team, String employee, String coach, LocalDate from, LocalDate to, String status) {
    public static CoachingFilter everything() {
        return new CoachingFilter(null, null, null, null, null, null);
    }
}
