package dimple.infrastructure.coaching;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dimple.application.coaching.ExportHeading;
import dimple.application.coaching.ExportWords;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A PDF for people to read: a heading on every page (what, the filter line, who exported it, when), one
 * section per record (its title, a line on who, and its fields as a two-column table, the record's id last)
 * and "Page N of M" at the foot, all in the export's words ({@code export.coaching.pdf.*}; the fields' names
 * are the column headings, states and responses the screen's labels, times in the export's time zone).
 * A record is never split across pages: each is one table kept together, so a record that does not fit
 * in what is left of a page starts the next one; only a record longer than a whole page is continued
 * (between two of its fields) on the next. OpenPDF writes each finished page to the stream, so pages are
 * not kept in memory.
 */
final class PdfRowWriter implements RowWriter {
    private static final Font TITLE = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font VALUE = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Color RULE = new Color(0xCC, 0xCC, 0xCC);
    /** The columns that are a record's fields in its table, in order; the others make its title and the line under it. */
    static final List<String> FIELDS = List.of("heldOn", "status", "employeeResponse", "expectation", "observations", "agreedActions",
            "followUpOn", "lessons", "sharedAt", "employeeComment", "respondedAt", "closedAt", "retainUntil", "assessmentId", "id");

    private final Document document;
    private final PdfWriter writer;
    private final ExportWording wording;
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private int rows;

    PdfRowWriter(OutputStream out, ExportWording wording) {
        this.wording = wording;
        for (int c = 0; c < ExportRow.COLUMNS.size(); c++) {
            ExportRow.Column column = ExportRow.COLUMNS.get(c);
            labels.put(column.name(), wording.header(column));
            positions.put(column.name(), c);
        }
        this.document = new Document(PageSize.A4, 50, 50, 72, 54);
        try {
            this.writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        writer.setCloseStream(false);
    }

    @Override
    public void begin(ExportHeading heading) {
        Frame frame = new Frame(wording);
        writer.setPageEvent(frame);
        document.addTitle(wording.title());
        document.addCreator("Dimple");
        document.open();
    }

    @Override
    public void row(ExportRow row) throws IOException {
        try {
            document.add(section(row));
            rows++;
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    /** One record as one table, kept on one page: its title, the line under it, then a row per field. */
    PdfPTable section(ExportRow row) {
        PdfPTable table = new PdfPTable(new float[] {28, 72});
        table.setWidthPercentage(100);
        table.setSpacingBefore(rows == 0 ? 0 : 14);
        table.setKeepTogether(true);
        table.setSplitLate(false);
        PdfPCell title = new PdfPCell(new Phrase(nonBlank(row.employeeName()) + " \u2014 " + nonBlank(row.topic()), TITLE));
        PdfPCell who = new PdfPCell(new Phrase(wording.words().text("export.coaching.pdf.record", nonBlank(row.team()),
                nonBlank(row.coachName()), nonBlank(row.coach()), nonBlank(row.employee())), SUBTITLE));
        for (PdfPCell cell : new PdfPCell[] {title, who}) {
            cell.setColspan(2);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingLeft(0);
            cell.setPaddingBottom(4);
            table.addCell(cell);
        }
        List<Object> values = row.values();
        for (String field : FIELDS) {
            int c = positions.get(field);
            field(table, labels.get(field), wording.text(ExportRow.COLUMNS.get(c), values.get(c)));
        }
        return table;
    }

    private static void field(PdfPTable table, String label, String value) {
        PdfPCell name = new PdfPCell(new Phrase(label, LABEL));
        PdfPCell text = new PdfPCell(new Phrase(value == null || value.isEmpty() ? "\u2013" : value, VALUE));
        for (PdfPCell cell : new PdfPCell[] {name, text}) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setPaddingBottom(4);
            table.addCell(cell);
        }
    }

    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? "\u2013" : text;
    }

    @Override
    public void end() throws IOException {
        try {
            if (rows == 0) {
                document.add(new Paragraph(wording.words().text("export.coaching.pdf.none"), VALUE));
            }
        } catch (DocumentException e) {
            throw new IOException(e);
        }
        document.close();
    }

    /**
     * The heading and the page numbers of every page, in the export's words; the total is filled in when
     * the document closes. The words of the page line come before the total ({@code Page 3 of }), and any
     * after it go with the total.
     */
    private static final class Frame extends PdfPageEventHelper {
        /** Stands for the total in the page line, to find where it goes. */
        private static final String TOTAL = "\uE000";

        private final String heading;
        private final String exportedBy;
        private final String filter;
        private final ExportWords words;
        private final String afterTotal;
        private PdfTemplate total;
        private BaseFont font;

        Frame(ExportWording wording) {
            this.words = wording.words();
            this.heading = words.text("export.coaching.pdf.heading", wording.title());
            this.exportedBy = wording.exportedBy();
            this.filter = wording.filterLine();
            String line = words.text("export.coaching.pdf.page", 1, TOTAL);
            this.afterTotal = line.contains(TOTAL) ? line.substring(line.indexOf(TOTAL) + TOTAL.length()) : "";
        }

        /** The page line up to the total: "Page 3 of ". */
        private String beforeTotal(int page) {
            String line = words.text("export.coaching.pdf.page", page, TOTAL);
            return line.contains(TOTAL) ? line.substring(0, line.indexOf(TOTAL)) : line + " ";
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
            try {
                font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float left = document.left();
            float right = document.right();
            float top = document.getPageSize().getHeight() - 36;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(heading, new Font(Font.HELVETICA, 10, Font.BOLD)), left, top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(exportedBy, SUBTITLE), right, top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(filter, SUBTITLE), left, top - 12, 0);
            canvas.setColorStroke(RULE);
            canvas.moveTo(left, top - 17);
            canvas.lineTo(right, top - 17);
            canvas.stroke();
            String page = beforeTotal(writer.getPageNumber());
            float width = font.getWidthPoint(page, 9);
            float x = (left + right) / 2 - width / 2;
            canvas.beginText();
            canvas.setFontAndSize(font, 9);
            canvas.setTextMatrix(x, 30);
            canvas.showText(page);
            canvas.endText();
            canvas.addTemplate(total, x + width, 30);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 9);
            total.setTextMatrix(0, 0);
            total.showText((writer.getPageNumber() - 1) + afterTotal);
            total.endText();
        }
    }
}
