package dimple.application.coaching;

import dimple.domain.coaching.CoachingRecordQuery;
import java.io.OutputStream;

/**
 * Port: writes the coaching records a query selects to a stream, as CSV, XLSX or PDF. Implemented in
 * infrastructure; it streams (reads the records in chunks and forgets each chunk once written), so
 * memory does not grow with the number of records. Spreadsheet formats neutralise every cell that a
 * spreadsheet could read as a formula, also when characters nobody sees (NUL, zero-width or no-break
 * spaces, a byte-order mark) come before the {@code =}; the PDF shows text as written.
 */
public interface CoachingExporter {
    /**
     * @param words the file's own words (title, column headings, the PDF's heading and page lines), by
     *              their {@code export.coaching.*} codes; the records are written as stored
     * @return how many records were written
     * @throws ExportInterrupted when writing fails part-way
     */
    long write(CoachingRecordQuery query, ExportFormat format, ExportHeading heading, ExportWords words, OutputStream out);
}
