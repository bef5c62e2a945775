package dimple.infrastructure.coaching;

import dimple.application.coaching.ExportHeading;
import dimple.infrastructure.shared.export.CsvTableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The coaching records as a CSV file ({@link CsvTableWriter}: RFC 4180, UTF-8 with a byte-order mark, every cell
 * formula-safe): the header row in the export's words, then one row per record. No filter line: the header row comes
 * first, as the API promises; the XLSX and the PDF carry the filter line.
 */
final class CsvRowWriter implements RowWriter {
    private final OutputStream out;
    private final ExportWording wording;
    private CsvTableWriter table;

    CsvRowWriter(OutputStream out, ExportWording wording) {
        this.out = out;
        this.wording = wording;
    }

    @Override
    public void begin(ExportHeading heading) throws IOException {
        table = CsvTableWriter.open(out, wording.headers());
    }

    @Override
    public void row(ExportRow row) throws IOException {
        List<Object> values = row.values();
        List<String> cells = new ArrayList<>(values.size());
        for (int c = 0; c < values.size(); c++) {
            cells.add(wording.text(ExportRow.COLUMNS.get(c), values.get(c)));
        }
        table.row(cells);
    }

    @Override
    public void flush() throws IOException {
        table.flush();
    }

    @Override
    public void end() throws IOException {
        table.flush();
    }
}
