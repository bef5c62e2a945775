package dimple.infrastructure.coaching;

import dimple.application.coaching.ExportHeading;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as RFC 4180 (comma, double quotes, CRLF), UTF-8 with a byte-order mark (without it, spreadsheet programs
 * read the file in the machine's old code page and show "Ã©" for "é"), then the header row in the export's
 * words and one row per record. Every cell is neutralised ({@link SpreadsheetSafe}: a CSV has no cell types, so
 * the leading apostrophe is the only guard it can carry). No filter line: the header row comes first, as the
 * API promises; the XLSX and the PDF carry the filter line.
 */
final class CsvRowWriter implements RowWriter {
    /** U+FEFF, written as the file's first character: UTF-8's byte-order mark, EF BB BF. */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;
    private final BufferedWriter writer;
    private final ExportWording wording;

    CsvRowWriter(OutputStream out, ExportWording wording) throws IOException {
        this.wording = wording;
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void begin(ExportHeading heading) throws IOException {
        writer.write(BYTE_ORDER_MARK);
        printer.printRecord(wording.headers().stream().map(SpreadsheetSafe::cell).toList());
    }

    @Override
    public void row(ExportRow row) throws IOException {
        List<Object> values = row.values();
        for (int c = 0; c < values.size(); c++) {
            printer.print(SpreadsheetSafe.cell(wording.text(ExportRow.COLUMNS.get(c), values.get(c))));
        }
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void end() throws IOException {
        printer.flush();
    }
}
