package dimple.application.reporting;

import java.util.List;

/** Add a custom field to a team (by name) at the end of its fields; {@code type} by name, {@code choices} for a choice or multi-choice. */
public record DefineCustomField(String team, String label, String type, Boolean required, String helpText, List<String> choices) {
}
