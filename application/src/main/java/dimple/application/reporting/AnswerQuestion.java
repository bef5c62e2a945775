package dimple.application.reporting;

/** The reporter answers a follow-up question. */
public record AnswerQuestion(String reportId, String questionId, String text) {
}
