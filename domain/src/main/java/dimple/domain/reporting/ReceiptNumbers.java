package dimple.domain.reporting;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Port: hands out receipt numbers, {@code R-<year>-<6 digits>}, counting up from 1 in each year (UTC).
 * A number is taken inside the transaction that stores the report, so a report that is not stored
 * gives its number back and the numbers people hold have no gaps and no repeats.
 *
 * <p>A confidential report takes no number from the count: its receipt is a random code
 * ({@link ConfidentialReceipts}), so it can never sit next to the same person's named report.
 */
public interface ReceiptNumbers {
    /** The next number in this year's count: 1 for the first report of the year. */
    long next(int year);

    /** The receipt for a report submitted at this moment. */
    default String nextFor(Instant submittedAt) {
        int year = submittedAt.atOffset(ZoneOffset.UTC).getYear();
        return format(year, next(year));
    }

    /** The receipt for a report of this mode submitted at this moment: counted for a named one, random for a confidential or anonymous one. */
    default String nextFor(Instant submittedAt, ReporterMode mode) {
        return mode.hidesReporter() ? ConfidentialReceipts.next(submittedAt) : nextFor(submittedAt);
    }

    static String format(int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("receipt numbers start at 1");
        }
        return String.format("R-%d-%06d", year, sequence);
    }
}
