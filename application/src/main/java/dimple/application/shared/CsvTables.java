package dimple.application.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Port: writes a table as a CSV file (RFC 4180, UTF-8, a header row first) to a stream, a row at a time, so nothing
 * but the current row is held. No cell can be read by a spreadsheet as a formula: one that could is written as text.
 * Implemented in infrastructure, with the same rule as the coaching exports.
 */
public interface CsvTables {
    /** Starts a file on {@code out} with these column headings; the stream stays open for its owner. */
    CsvTable open(OutputStream out, List<String> headings) throws IOException;

    /** A CSV file being written. */
    interface CsvTable {
        /** One row; null cells are empty. */
        void row(List<String> cells) throws IOException;

        /** Pushes what was written so far to the stream (after a chunk of rows). */
        void flush() throws IOException;
    }
}
