package dimple.infrastructure.shared.export;

import dimple.application.shared.CsvTables;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as RFC 4180 (comma, double quotes, CRLF), UTF-8 with a byte-order mark (without it, spreadsheet programs read the
 * file in the machine's old code page and show "Ã©" for "é"), then the header row and one row at a time. Every cell is
 * neutralised ({@link SpreadsheetSafe}: a CSV has no cell types, so the leading apostrophe is the only guard it can
 * carry). The stream is left open for its owner.
 */
public final class CsvTableWriter implements CsvTables.CsvTable {
    /** U+FEFF, written as the file's first character: UTF-8's byte-order mark, EF BB BF. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;
    private final BufferedWriter writer;

    private CsvTableWriter(OutputStream out) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    /** Starts a file on {@code out}: the byte-order mark and the header row. */
    public static CsvTableWriter open(OutputStream out, List<String> headings) throws IOException {
        CsvTableWriter table = new CsvTableWriter(out);
        table.writer.write(BYTE_ORDER_MARK);
        table.row(headings);
        return table;
    }

    @Override
    public void row(List<String> cells) throws IOException {
        for (String cell : cells) {
            printer.print(SpreadsheetSafe.cell(cell));
        }
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }
}
