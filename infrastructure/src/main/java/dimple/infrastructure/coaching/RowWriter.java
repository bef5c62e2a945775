package dimple.infrastructure.coaching;

import dimple.application.coaching.ExportHeading;
import java.io.IOException;

/** Writes an export one row at a time, in the words it was made with; nothing but the current row is held. */
interface RowWriter {
    void begin(ExportHeading heading) throws IOException;

    void row(ExportRow row) throws IOException;

    /** Called after each chunk of rows: a good moment to push what was written to the client. */
    default void flush() throws IOException {
    }

    /** Finishes the file (the stream itself stays open: the caller owns it). */
    void end() throws IOException;
}
