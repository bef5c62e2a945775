package dimple.infrastructure.coaching;

import dimple.application.coaching.ExportHeading;
import dimple.application.coaching.ExportWords;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV as RFC 4180 (comma, double quotes, CRLF) with a header row in the export's words, UTF-8 without a byte-order mark; every cell neutralised. */
final class CsvRowWriter implements RowWriter {
    private final CSVPrinter printer;
    private final BufferedWriter writer;
    private final ExportWords words;

    CsvRowWriter(OutputStream out, ExportWords words) throws IOException {
        this.words = words;
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void begin(ExportHeading heading) throws IOException {
        printer.printRecord(ExportRow.headers(words).stream().map(SpreadsheetSafe::cell).toList());
    }

    @Override
    public void row(ExportRow row) throws IOException {
        for (String value : row.values()) {
            printer.print(SpreadsheetSafe.cell(value));
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
