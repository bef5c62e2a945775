package dimple.application.audit;

import java.time.Instant;

/** One audit line as administrators read it. */
public record AuditView(Instant at, String actor, String action, String target, String detail) {
}
