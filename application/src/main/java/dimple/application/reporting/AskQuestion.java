package dimple.application.reporting;

/** A leader of the report's team asks its reporter something. */
public record AskQuestion(String reportId, String text) {
}
