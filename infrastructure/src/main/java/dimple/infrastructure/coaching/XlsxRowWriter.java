package dimple.infrastructure.coaching;

import dimple.application.coaching.ExportHeading;
import dimple.infrastructure.shared.export.SpreadsheetSafe;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX with fastexcel: one sheet named by the export's title; above the table the title, the filter line
 * and who exported it when; then a bold header row (kept in view while scrolling) and one row per record.
 * Days and moments are real dates with a date format ({@code yyyy-mm-dd}, {@code yyyy-mm-dd hh:mm}, moments
 * in the export's time zone), so they sort and filter as dates; every other cell is an inline string (no
 * shared-string table growing with the rows). A text that a spreadsheet could read as a formula is kept as
 * written, in a cell typed as text and formatted as text ({@code @}), so it is never calculated, also after
 * someone edits the cell; no apostrophe shows. Rows are flushed to the stream chunk by chunk.
 */
final class XlsxRowWriter implements RowWriter {
    static final String TEXT = "@";
    static final String DAY = "yyyy-mm-dd";
    static final String MOMENT = "yyyy-mm-dd hh:mm";
    /** The table's header row; the lines above it say what the file is. */
    static final int HEADER_ROW = 4;
    private static final double[] WIDTHS = {12, 40, 22, 14, 18, 22, 14, 26, 14, 50, 50, 50, 12, 40, 18, 50, 18, 18, 12, 38, 38};

    private final Workbook workbook;
    private final ExportWording wording;
    private Worksheet sheet;
    private int nextRow;

    XlsxRowWriter(OutputStream out, ExportWording wording) {
        this.wording = wording;
        this.workbook = new Workbook(out, "Dimple", "1.0");
    }

    @Override
    public void begin(ExportHeading heading) throws IOException {
        sheet = workbook.newWorksheet(wording.title());
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.width(c, WIDTHS[c]);
        }
        text(0, 0, wording.title());
        sheet.style(0, 0).bold().fontSize(13).set();
        text(1, 0, wording.filterLine());
        text(2, 0, wording.exportedBy());
        List<String> headers = wording.headers();
        for (int c = 0; c < headers.size(); c++) {
            text(HEADER_ROW, c, headers.get(c));
            sheet.style(HEADER_ROW, c).bold().set();
        }
        sheet.freezePane(0, HEADER_ROW + 1);
        nextRow = HEADER_ROW + 1;
    }

    @Override
    public void row(ExportRow row) {
        List<Object> values = row.values();
        for (int c = 0; c < values.size(); c++) {
            ExportRow.Column column = ExportRow.COLUMNS.get(c);
            Object value = values.get(c);
            if (value == null && column.kind() != ExportRow.Kind.RESPONSE) {
                continue;
            }
            switch (column.kind()) {
                case DAY -> {
                    sheet.value(nextRow, c, (LocalDate) value);
                    sheet.style(nextRow, c).format(DAY).set();
                }
                case MOMENT -> {
                    sheet.value(nextRow, c, ((Instant) value).atZone(wording.zone()).toLocalDateTime());
                    sheet.style(nextRow, c).format(MOMENT).set();
                }
                default -> text(nextRow, c, wording.text(column, value));
            }
        }
        nextRow++;
    }

    /** An inline string cell; one that a spreadsheet could read as a formula is also formatted as text. */
    private void text(int r, int c, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        sheet.inlineString(r, c, value);
        if (SpreadsheetSafe.readsAsFormula(value)) {
            sheet.style(r, c).format(TEXT).set();
        }
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
