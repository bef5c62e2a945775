package dimple.application.reporting;

import java.util.List;

/** Reword a custom field, make it required or optional, change its help text or its choices. Its type and key stay. */
public record ReviseCustomField(String fieldId, String label, Boolean required, String helpText, List<String> choices) {
}
