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
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A PDF for people to read: a heading on every page (what, which filter, who exported it, when), one
 * section per record with its fields as a two-column table, and "Page N of M" at the foot. OpenPDF
 * writes each finished page to the stream, so pages are not kept in memory.
 */
final class PdfRowWriter implements RowWriter {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Font TITLE = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font VALUE = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Color RULE = new Color(0xCC, 0xCC, 0xCC);

    private final Document document;
    private final PdfWriter writer;
    private int rows;

    PdfRowWriter(OutputStream out) {
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
        writer.setPageEvent(new Frame(heading));
        document.addTitle(heading.title());
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
            document.add(new Paragraph("Team " + nonBlank(row.team()) + " \u00b7 coach " + nonBlank(row.coachName()) + " ("
                    + nonBlank(row.coach()) + ") \u00b7 employee " + nonBlank(row.employee()) + " \u00b7 record " + row.id(), SUBTITLE));
            PdfPTable table = new PdfPTable(new float[] {28, 72});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setSplitLate(false);
            field(table, "Held on", row.heldOn());
            field(table, "Expectation", row.expectation());
            field(table, "Observations", row.observations());
            field(table, "Agreed actions", row.agreedActions());
            field(table, "Follow-up on", row.followUpOn());
            field(table, "Lessons", row.lessons());
            field(table, "Status", row.status());
            field(table, "Shared at", when(row.sharedAt()));
            field(table, "Employee response", row.employeeResponse());
            field(table, "Employee comment", row.employeeComment());
            field(table, "Responded at", when(row.respondedAt()));
            field(table, "Closed at", when(row.closedAt()));
            field(table, "Retain until", row.retainUntil());
            field(table, "Assessment", row.assessmentId());
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
                document.add(new Paragraph("No coaching records match this filter.", VALUE));
            }
        } catch (DocumentException e) {
            throw new IOException(e);
        }
        document.close();
    }

    /** The heading and the page numbers of every page; the total is filled in when the document closes. */
    private static final class Frame extends PdfPageEventHelper {
        private final ExportHeading heading;
        private PdfTemplate total;
        private BaseFont font;

        Frame(ExportHeading heading) {
            this.heading = heading;
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
                    new Phrase(heading.title() + " \u2014 restricted", new Font(Font.HELVETICA, 10, Font.BOLD)), left, top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase("Exported by " + heading.exportedBy() + ", " + WHEN.format(heading.exportedAt()), SUBTITLE), right, top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase("Filter: " + heading.filter(), SUBTITLE), left, top - 12, 0);
            canvas.setColorStroke(RULE);
            canvas.moveTo(left, top - 17);
            canvas.lineTo(right, top - 17);
            canvas.stroke();
            String page = "Page " + writer.getPageNumber() + " of ";
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
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
