package dimple.web.shared;

import dimple.application.shared.StaleRecord;
import jakarta.ws.rs.core.EntityTag;

/**
 * ETags of single records (their version, quoted) and {@code If-Match} on state changes: a missing
 * header or {@code *} does not check; a header that names another version is refused with 412.
 */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version the caller expects, or null when the request does not ask for a check. */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw new StaleRecord();
        }
    }
}
