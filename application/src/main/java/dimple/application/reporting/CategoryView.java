package dimple.application.reporting;

import java.util.Map;

/**
 * An administrator's words for one report kind or impact level: {@code names} and {@code descriptions} hold only the
 * languages that have words of their own (the bundles' words stand for the others); {@code needsRecoveryCase} is
 * always false for an impact level.
 */
public record CategoryView(String key, boolean needsRecoveryCase, Map<String, String> names, Map<String, String> descriptions) {
    public CategoryView {
        names = Map.copyOf(names);
        descriptions = Map.copyOf(descriptions);
    }
}
