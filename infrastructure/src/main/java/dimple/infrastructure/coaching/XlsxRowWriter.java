package dimple.infrastructure.coaching;

import dimple.application.coaching.ExportHeading;
import dimple.application.coaching.ExportWords;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX with fastexcel: one sheet named by the export's title, a bold header row, every cell an inline string (no shared-string
 * table growing with the rows), neutralised like the CSV; rows are flushed to the stream chunk by chunk.
 */
final class XlsxRowWriter implements RowWriter {
    private static final double[] WIDTHS = {38, 14, 22, 18, 14, 22, 12, 40, 50, 50, 50, 12, 38, 14, 22, 18, 50, 22, 22, 12, 38};

    private final Workbook workbook;
    private final ExportWords words;
    private Worksheet sheet;
    private int nextRow;

    XlsxRowWriter(OutputStream out, ExportWords words) {
        this.words = words;
        this.workbook = new Workbook(out, "Dimple", "1.0");
    }

    @Override
    public void begin(ExportHeading heading) throws IOException {
        sheet = workbook.newWorksheet(words.text("export.coaching.title"));
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.width(c, WIDTHS[c]);
        }
        List<String> headers = ExportRow.headers(words);
        for (int c = 0; c < headers.size(); c++) {
            sheet.inlineString(0, c, SpreadsheetSafe.cell(headers.get(c)));
            sheet.style(0, c).bold().set();
        }
        nextRow = 1;
    }

    @Override
    public void row(ExportRow row) {
        List<String> values = row.values();
        for (int c = 0; c < values.size(); c++) {
            String value = SpreadsheetSafe.cell(values.get(c));
            if (!value.isEmpty()) {
                sheet.inlineString(nextRow, c, value);
            }
        }
        nextRow++;
    }

    @Override
    public void flush() throws IOException {
        sheet.flush();
    }

    @Override
    public void end() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
