package dimple.application.reporting;

import java.time.Instant;

/**
 * The legal hold of one report, for whoever may see the report.
 *
 * @param held whether the retention sweep leaves the report and its recovery cases alone
 * @param since when the hold was placed; null when there is none
 * @param mayChange whether the reader (a leader of the report's team) may place or lift it
 */
public record LegalHoldView(String reportId, boolean held, Instant since, boolean mayChange) implements java.io.Serializable {
}
