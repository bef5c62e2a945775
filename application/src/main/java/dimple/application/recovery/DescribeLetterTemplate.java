package dimple.application.recovery;

/** A new letter template, or new words for one ({@code templateId} null for a new one). */
public record DescribeLetterTemplate(String templateId, String name, String language, String subject, String body) {
}
