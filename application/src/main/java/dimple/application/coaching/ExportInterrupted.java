package dimple.application.coaching;

/**
 * Writing an export stopped part-way (typically the client went away). Says how many records had been
 * written by then, so that the audit trail records what left the building.
 */
public class ExportInterrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long rowsWritten;

    public ExportInterrupted(long rowsWritten, Throwable cause) {
        super("The export stopped after " + rowsWritten + " records.", cause);
        this.rowsWritten = rowsWritten;
    }

    public long rowsWritten() {
        return rowsWritten;
    }
}
