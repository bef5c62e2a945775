package dimple.domain.audit;

import java.time.Instant;

/** Filters for reading the trail; a null field does not filter. Actor and action match exactly. */
public record AuditQuery(String action, String actor, Instant from, Instant to) {
    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null);
    }
}
