package dimple.application.coaching;

import java.time.Instant;

/** A named report of a team the leader leads, to choose as the ground of an assessment. */
public record ReportOption(String id, String number, String title, String team, String reporter, String reporterName, Instant occurredAt) implements java.io.Serializable {
    public String label() {
        return number + " · " + title + (reporterName == null ? "" : " (" + reporterName + ")");
    }
}
