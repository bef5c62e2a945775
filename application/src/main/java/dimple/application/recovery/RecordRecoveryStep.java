package dimple.application.recovery;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Record a step on a recovery case. {@code step} is CONTACTED, REMEDY_DELIVERED, FOLLOWED_UP, CLOSED
 * or BYSTANDERS_THANKED; {@code at} defaults to now. CONTACTED takes {@code channel} and {@code by};
 * REMEDY_DELIVERED needs {@code remedyType} and may carry a cost; FOLLOWED_UP needs an {@code outcome};
 * CLOSED may carry one.
 *
 * @param expectedVersion the version the caller saw (from If-Match), or null not to check
 */
public record RecordRecoveryStep(String recoveryId, String step, Instant at, String channel, String by, String remedyType,
                                 BigDecimal costAmount, String costCurrency, String outcome, String note, Long expectedVersion) {
}
