package dimple.application.review;

/** A report a review covers: its id, receipt number and title. Never who filed it. */
public record ReportLink(String id, String number, String title) implements java.io.Serializable {
}
