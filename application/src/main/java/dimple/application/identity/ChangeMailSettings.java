package dimple.application.identity;

import java.util.Map;

/** Change one's own address (blank: none; null: as it is) and choices per kind (missing kinds: as they are). */
public record ChangeMailSettings(String email, Map<String, String> choices) {
}
