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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A PDF for people to read: a heading on every page (what, which filter, who exported it, when), one
 * section per record with its fields as a two-column table, and "Page N of M" at the foot, all in the
 * export's words ({@code export.coaching.pdf.*}, the fields' names are the column headings). OpenPDF
 * writes each finished page to the stream, so pages are not kept in memory.
 */
final class PdfRowWriter implements RowWriter {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Font TITLE = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font VALUE = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Color RULE = new Color(0xCC, 0xCC, 0xCC);
    /** The fields of a record's table, in order: a column of the export, or the PDF's own word for it. */
    private static final List<String> FIELDS = List.of("heldOn", "expectation", "observations", "agreedActions", "followUpOn", "lessons",
            "status", "sharedAt", "employeeResponse", "employeeComment", "respondedAt", "closedAt", "retainUntil", "assessment");

    private final Document document;
    private final PdfWriter writer;
    private final ExportWords words;
    private final Map<String, String> labels = new HashMap<>();
    private int rows;

    PdfRowWriter(OutputStream out, ExportWords words) {
        this.words = words;
        for (String field : FIELDS) {
            labels.put(field, "assessment".equals(field) ? words.text("export.coaching.pdf.assessment") : ExportRow.column(words, field));
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
        Frame frame = new Frame(heading, words);
        writer.setPageEvent(frame);
        document.addTitle(frame.title);
        document.addCreator("Dimple");
        document.open();
    }

    @Override
    public void row(ExportRow row) throws IOException {
        try {
            Paragraph title = new Paragraph(nonBlank(row.employeeName()) + " \u2014 " + nonBlank(row.topic()), TITLE);
            title.setSpacingBefore(rows == 0 ? 0 : 14);
            title.setKeepTogether(true);
            document.add(title);
            document.add(new Paragraph(words.text("export.coaching.pdf.record", nonBlank(row.team()), nonBlank(row.coachName()),
                    nonBlank(row.coach()), nonBlank(row.employee()), row.id()), SUBTITLE));
            PdfPTable table = new PdfPTable(new float[] {28, 72});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setSplitLate(false);
            field(table, labels.get("heldOn"), row.heldOn());
            field(table, labels.get("expectation"), row.expectation());
            field(table, labels.get("observations"), row.observations());
            field(table, labels.get("agreedActions"), row.agreedActions());
            field(table, labels.get("followUpOn"), row.followUpOn());
            field(table, labels.get("lessons"), row.lessons());
            field(table, labels.get("status"), row.status());
            field(table, labels.get("sharedAt"), when(row.sharedAt()));
            field(table, labels.get("employeeResponse"), row.employeeResponse());
            field(table, labels.get("employeeComment"), row.employeeComment());
            field(table, labels.get("respondedAt"), when(row.respondedAt()));
            field(table, labels.get("closedAt"), when(row.closedAt()));
            field(table, labels.get("retainUntil"), row.retainUntil());
            field(table, labels.get("assessment"), row.assessmentId());
            document.add(table);
            rows++;
        } catch (DocumentException e) {
            throw new IOException(e);
        }
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

    /** A timestamp as people read it: to the minute, in UTC. */
    private static String when(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return WHEN.format(java.time.Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? "\u2013" : text;
    }

    @Override
    public void end() throws IOException {
        try {
            if (rows == 0) {
                document.add(new Paragraph(words.text("export.coaching.pdf.none"), VALUE));
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

        final String title;
        private final String heading;
        private final String exportedBy;
        private final String filter;
        private final ExportWords words;
        private final String afterTotal;
        private PdfTemplate total;
        private BaseFont font;

        Frame(ExportHeading heading, ExportWords words) {
            this.words = words;
            this.title = words.text("export.coaching.title");
            this.heading = words.text("export.coaching.pdf.heading", title);
            this.exportedBy = words.text("export.coaching.pdf.exportedBy", heading.exportedBy(), WHEN.format(heading.exportedAt()));
            this.filter = words.text("export.coaching.pdf.filter",
                    heading.filter() == null || heading.filter().isEmpty() ? words.text("export.coaching.pdf.everything") : heading.filter());
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
