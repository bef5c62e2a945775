package dimple.application.coaching;

import java.time.Instant;

/**
 * The legal hold of one coaching record, for HR (docs/adr/0052).
 *
 * @param held  whether neither the record's own retention date nor the organisation's period deletes it
 * @param since when HR placed the hold; null when there is none
 */
public record CoachingLegalHoldView(String recordId, boolean held, Instant since) implements java.io.Serializable {
}
