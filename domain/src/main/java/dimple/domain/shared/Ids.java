package dimple.domain.shared;

import java.util.UUID;

/** Record ids are made by the application (random UUIDs), never by the database. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** True when the text has the shape of an id this application makes; anything else cannot name a record. */
    public static boolean looksLikeId(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
