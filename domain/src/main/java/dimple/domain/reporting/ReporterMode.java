package dimple.domain.reporting;

/**
 * Whether leaders of the team see who filed a report. A confidential reporter's identity is known to
 * the reporter alone: leaders reach them only through the report's follow-up questions. An anonymous
 * report keeps no link to any account at all: its reporter comes back with the receipt code they were
 * shown once ({@link ReceiptCode}, docs/adr/0050-anonymous-reports-and-receipt-codes.md).
 */
public enum ReporterMode {
    NAMED, CONFIDENTIAL, ANONYMOUS;

    /** Nobody but the reporter may learn who filed it: confidential and anonymous reports. */
    public boolean hidesReporter() {
        return this != NAMED;
    }
}
