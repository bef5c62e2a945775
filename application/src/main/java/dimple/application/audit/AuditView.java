package dimple.application.audit;

import java.time.Instant;

/**
 * One audit line as administrators read it. {@code dayOnly}: only the day is known ({@code at} is its
 * start, UTC), as for everything a confidential reporter did.
 */
public record AuditView(Instant at, String actor, String action, String target, String detail, boolean dayOnly) implements java.io.Serializable {
}
