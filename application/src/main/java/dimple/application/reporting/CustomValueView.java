package dimple.application.reporting;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A report's answer to a custom field of its team, under the label the field has (a removed field's too).
 *
 * @param value as the API writes it: text for TEXT, LONG_TEXT and CHOICE, a day ({@code 2026-11-23}) as text for DATE,
 *     a number for NUMBER, true or false for YES_NO, a list of the picked choices for MULTI_CHOICE
 * @param removed the field has been removed since the report was filed
 */
public record CustomValueView(String key, String label, String type, Serializable value, boolean removed) implements Serializable {

    /** The stored text as the value of its type. */
    static Serializable valueOf(String type, String stored) {
        return switch (type) {
            case "NUMBER" -> new BigDecimal(stored);
            case "YES_NO" -> Boolean.valueOf(stored);
            case "MULTI_CHOICE" -> new java.util.ArrayList<>(List.of(stored.split("\n")));
            default -> stored;
        };
    }

    /** The value as words on a page: the picked choices joined, yes/no as the caller's words. */
    public String text(String yes, String no) {
        if (value instanceof Boolean b) {
            return b ? yes : no;
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }
}
