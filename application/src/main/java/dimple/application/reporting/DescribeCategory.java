package dimple.application.reporting;

import java.util.Map;

/**
 * New words for one kind or impact level: a name and a description per language ({@code en}, {@code de}; a language
 * left out or blank means the bundle's words), and for a kind whether it needs a recovery case (null: unchanged).
 */
public record DescribeCategory(String key, Boolean needsRecoveryCase, Map<String, String> names, Map<String, String> descriptions) {
    public DescribeCategory {
        names = names == null ? Map.of() : names;
        descriptions = descriptions == null ? Map.of() : descriptions;
    }
}
