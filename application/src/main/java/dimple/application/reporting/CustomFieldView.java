package dimple.application.reporting;

import java.io.Serializable;
import java.util.List;

/**
 * A custom field of a team as its editor and the report form see it.
 *
 * @param key stable: made from the first label, the API names the field by it
 * @param type one of TEXT, LONG_TEXT, NUMBER, DATE, CHOICE, MULTI_CHOICE, YES_NO
 * @param choices the choices in their order; empty unless CHOICE or MULTI_CHOICE
 * @param removed the field was removed: reports keep its values, new reports do not ask it
 */
public record CustomFieldView(String id, String team, String key, String label, String type, boolean required, String helpText,
                              List<String> choices, boolean removed, long version) implements Serializable {
}
