package dimple.infrastructure.coaching;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dimple.application.coaching.ExportHeading;
import dimple.application.coaching.ExportWords;
import dimple.infrastructure.coaching.PdfFonts.Face;
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
 * not kept in memory. The text is set in {@link PdfFonts}: an embedded subset of DejaVu Sans and CJK fonts
 * after it, so that what the CSV keeps the PDF shows (ADR 39).
 */
final class PdfRowWriter implements RowWriter {
    private static final Color RULE = new Color(0xCC, 0xCC, 0xCC);
    /** The columns that are a record's fields in its table, in order; the others make its title and the line under it. */
    static final List<String> FIELDS = List.of("heldOn", "status", "employeeResponse", "expectation", "observations", "agreedActions",
            "followUpOn", "lessons", "sharedAt", "employeeComment", "respondedAt", "closedAt", "retainUntil", "assessmentId", "id");

    private final Document document;
    private final PdfWriter writer;
    private final ExportWording wording;
    private final Face title;
    private final Face subtitle;
    private final Face label;
    private final Face value;
    private final PdfFonts fonts;
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private int rows;

    PdfRowWriter(OutputStream out, ExportWording wording) {
        this(out, wording, new PdfFonts());
    }

    PdfRowWriter(OutputStream out, ExportWording wording, PdfFonts fonts) {
        this.wording = wording;
        this.fonts = fonts;
        this.title = fonts.face(13, true, Color.BLACK);
        this.subtitle = fonts.face(9, false, Color.DARK_GRAY);
        this.label = fonts.face(9, true, Color.BLACK);
        this.value = fonts.face(9, false, Color.BLACK);
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
        Frame frame = new Frame(wording, fonts.face(10, true, Color.BLACK), subtitle);
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
        PdfPCell heading = new PdfPCell(title.phrase(nonBlank(row.employeeName()) + " \u2014 " + nonBlank(row.topic())));
        PdfPCell who = new PdfPCell(subtitle.phrase(wording.words().text("export.coaching.pdf.record", nonBlank(row.team()),
                nonBlank(row.coachName()), nonBlank(row.coach()), nonBlank(row.employee()))));
        for (PdfPCell cell : new PdfPCell[] {heading, who}) {
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

    private void field(PdfPTable table, String name, String text) {
        PdfPCell left = new PdfPCell(label.phrase(name));
        PdfPCell right = new PdfPCell(value.phrase(text == null || text.isEmpty() ? "\u2013" : text));
        for (PdfPCell cell : new PdfPCell[] {left, right}) {
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
                document.add(new Paragraph(value.phrase(wording.words().text("export.coaching.pdf.none"))));
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

        private final Phrase heading;
        private final Phrase exportedBy;
        private final Phrase filter;
        private final Face small;
        private final ExportWords words;
        private final String afterTotal;
        private PdfTemplate total;

        Frame(ExportWording wording, Face bold, Face small) {
            this.words = wording.words();
            this.small = small;
            this.heading = bold.phrase(words.text("export.coaching.pdf.heading", wording.title()));
            this.exportedBy = small.phrase(wording.exportedBy());
            this.filter = small.phrase(wording.filterLine());
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
            total = writer.getDirectContent().createTemplate(120, 14);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float left = document.left();
            float right = document.right();
            float top = document.getPageSize().getHeight() - 36;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, heading, left, top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, exportedBy, right, top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, filter, left, top - 12, 0);
            canvas.setColorStroke(RULE);
            canvas.moveTo(left, top - 17);
            canvas.lineTo(right, top - 17);
            canvas.stroke();
            String page = beforeTotal(writer.getPageNumber());
            float width = small.width(page);
            float x = (left + right) / 2 - width / 2;
            small.show(canvas, page, x, 30);
            canvas.addTemplate(total, x + width, 27);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            small.show(total, (writer.getPageNumber() - 1) + afterTotal, 0, 3);
        }
    }
}
