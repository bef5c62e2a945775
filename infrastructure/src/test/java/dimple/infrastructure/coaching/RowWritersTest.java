package dimple.infrastructure.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dimple.application.coaching.CoachingFilter;
import dimple.application.coaching.ExportHeading;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Each writer alone, without a database: what a person sees when the file opens. The words are the web
 * bundle's English ({@link EnglishWords}).
 */
class RowWritersTest {
    private static final Instant AT = Instant.parse("2026-12-06T01:43:20Z");
    private static final ExportHeading HEADING = new ExportHeading(new CoachingFilter("Front Desk", null, null, LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30), "declined"), "Hana HR (hana)", AT, ZoneId.of("UTC"));
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

    private static ExportRow row(String id, String topic, String comment) {
        return new ExportRow(LocalDate.of(2026, 12, 5), topic, "Zoé Employee", "zoe", "Front Desk", "Lena Leader", "lena", "DECLINED",
                "DECLINED", "Check the log \u2014 twice.", "Observed.", "Ask first.", LocalDate.of(2026, 12, 19), "Caf\u00e9 refunds", AT,
                comment, AT.plusSeconds(60), null, LocalDate.of(2028, 12, 5), null, id);
    }

    private static byte[] write(RowWriter writer, ByteArrayOutputStream out, List<ExportRow> rows) throws IOException {
        writer.begin(HEADING);
        for (ExportRow row : rows) {
            writer.row(row);
        }
        writer.flush();
        writer.end();
        return out.toByteArray();
    }

    private static ExportWording english() {
        return new ExportWording(EnglishWords.EXPORT, HEADING);
    }

    @Test
    void wording_saysTheFilterAsALine_andDatesAsPeopleReadThem() {
        assertThat(english().filterLine()).isEqualTo("Team: Front Desk \u00b7 Held from 1 Nov 2026 to 30 Nov 2026 \u00b7 State: Declined");
        assertThat(english().exportedBy()).isEqualTo("Exported by Hana HR (hana), 2026-12-06 01:43 UTC");
        ExportHeading paris = new ExportHeading(new CoachingFilter(null, "emma", null, null, LocalDate.of(2026, 11, 30), null), "x", AT,
                ZoneId.of("Europe/Paris"));
        ExportWording wording = new ExportWording(EnglishWords.EXPORT, paris);
        assertThat(wording.filterLine()).isEqualTo("Team: any \u00b7 Employee: emma \u00b7 Held until 30 Nov 2026 \u00b7 State: any");
        assertThat(wording.moment(AT)).isEqualTo("2026-12-06 02:43");
    }

    @Test
    void csv_hasAByteOrderMark_theScreensLabels_theIdLast_andKeepsItsApostropheGuard() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] file = write(new CsvRowWriter(out, english()), out, List.of(row("r-1", "+1 for the handover book", FORMULA)));

        assertThat(new String(file, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            records = parser.getRecords();
            assertThat(parser.getHeaderNames()).startsWith("Held on", "Topic", "Employee").endsWith("Assessment id", "Record id");
        }
        CSVRecord r = records.get(0);
        assertThat(r.get("Held on")).isEqualTo("2026-12-05");
        assertThat(r.get("State")).isEqualTo("Declined");
        assertThat(r.get("Shared at (UTC)")).isEqualTo("2026-12-06 01:43");
        assertThat(r.get("Responded at (UTC)")).isEqualTo("2026-12-06 01:44");
        assertThat(r.get("Closed at (UTC)")).isEmpty();
        assertThat(r.get("Expectation")).isEqualTo("Check the log \u2014 twice.");
        assertThat(r.get("Topic")).isEqualTo("'+1 for the handover book");
        assertThat(r.get("Employee comment")).isEqualTo("'" + FORMULA);
        assertThat(r.get("Record id")).isEqualTo("r-1");
    }

    @Test
    void xlsx_showsNoApostrophe_formulaLookingTextIsATextCell_andDatesAreDates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] file = write(new XlsxRowWriter(out, english()), out, List.of(row("r-1", "+1 for the handover book", FORMULA)));

        String sheet = JpaCoachingExporterIT.entry(file, "xl/worksheets/sheet1.xml");
        String styles = JpaCoachingExporterIT.entry(file, "xl/styles.xml");
        assertThat(JpaCoachingExporterIT.inlineStrings(sheet)).startsWith("Coaching records",
                "Team: Front Desk \u00b7 Held from 1 Nov 2026 to 30 Nov 2026 \u00b7 State: Declined",
                "Exported by Hana HR (hana), 2026-12-06 01:43 UTC").contains("+1 for the handover book", FORMULA, "Declined")
                .noneMatch(c -> c.startsWith("'"));
        assertThat(sheet).doesNotContain("<f>", "<f ");
        assertThat(JpaCoachingExporterIT.formatOf(sheet, styles, "B6")).isEqualTo("@");
        assertThat(JpaCoachingExporterIT.formatOf(sheet, styles, "P6")).isEqualTo("@");
        assertThat(JpaCoachingExporterIT.formatOf(sheet, styles, "J6")).as("plain text stays plain").isNotEqualTo("@");
        assertThat(JpaCoachingExporterIT.formatOf(sheet, styles, "A6")).isEqualTo("yyyy-mm-dd");
        assertThat(JpaCoachingExporterIT.formatOf(sheet, styles, "O6")).isEqualTo("yyyy-mm-dd hh:mm");
        assertThat(JpaCoachingExporterIT.cell(sheet, "A6")).contains("<v>46361.0</v>");
        assertThat(JpaCoachingExporterIT.cell(sheet, "U6")).contains("r-1");
    }

    /**
     * Records of about a third of a page each: three never fit on one page with the heading, so the writer
     * has to decide where pages break; every page holds whole records only.
     */
    @Test
    void pdf_breaksPagesBetweenRecords_neverInsideOne() throws IOException {
        String third = "A long observation that goes on. ".repeat(30);
        List<ExportRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(new ExportRow(LocalDate.of(2026, 12, 5), "Record number " + i, "Zoé Employee", "zoe", "Front Desk", "Lena Leader", "lena",
                    "SHARED", null, third, "Observed.", "Ask first.", null, null, AT, null, null, null, LocalDate.of(2028, 12, 5), null,
                    "r-" + i));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReader reader = new PdfReader(write(new PdfRowWriter(out, english()), out, rows));

        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(4);
        int seen = 0;
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            String page = new PdfTextExtractor(reader).getTextFromPage(p);
            assertThat(page).contains("Team: Front Desk \u00b7 Held from 1 Nov 2026 to 30 Nov 2026 \u00b7 State: Declined",
                    "Page " + p + " of " + reader.getNumberOfPages());
            for (int i = 0; i < 12; i++) {
                boolean starts = page.contains("Record number " + i + "\n") || page.endsWith("Record number " + i);
                boolean ends = page.contains("r-" + i + "\n") || page.endsWith("r-" + i);
                assertThat(starts).as("page %d: record %d begins here exactly when it ends here", p, i).isEqualTo(ends);
                seen += starts ? 1 : 0;
            }
            assertThat(page).contains("Shared, waiting for the employee", "Not yet");
        }
        assertThat(seen).isEqualTo(12);
    }

    /** What the issue found dropped: a name in each script the CSV keeps, and a tick. */
    private static final String NAMES = "Zo\u00eb \u00b7 \u0395\u03bb\u03ad\u03bd\u03b7 \u00b7 \u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u00b7 "
            + "\u5c71\u7530\u592a\u90ce \u00b7 \uae40\ubbfc\uc900 \u00b7 \u2713 done";

    private static ExportRow named(String employeeName, String topic, String comment) {
        return new ExportRow(LocalDate.of(2026, 12, 5), topic, employeeName, "zoe", "Front Desk", "Lena Leader", "lena", "SHARED", null,
                "Check the log.", "Observed.", "Ask first.", null, null, AT, comment, null, null, LocalDate.of(2028, 12, 5), null, "r-1");
    }

    private static byte[] pdf(PdfFonts fonts, ExportRow... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return write(new PdfRowWriter(out, english(), fonts), out, List.of(rows));
    }

    /** The text of every page as PDFBox reads it: what a reader's copy, search and screen reader get. */
    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> fontsOf(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    names.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
                }
            }
        }
        return names;
    }

    @Test
    void pdf_keepsLatinGreekCyrillicChineseJapaneseKoreanAndSymbols_asTheCsvDoes() throws IOException {
        byte[] file = pdf(new PdfFonts(Optional.empty()), named("\u5c71\u7530\u592a\u90ce", NAMES, "\u3042\u308a\u304c\u3068\u3046 \u2192 \u2714 \u00e9\u00e8"));

        String text = textOf(file);
        assertThat(text).contains(NAMES, "\u3042\u308a\u304c\u3068\u3046 \u2192 \u2714 \u00e9\u00e8");
        assertThat(new PdfTextExtractor(new PdfReader(file)).getTextFromPage(1)).as("OpenPDF's own reader, which cannot read the standard CJK fonts")
                .contains("Zo\u00eb \u00b7 \u0395\u03bb\u03ad\u03bd\u03b7 \u00b7 \u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u00b7 ", "\u2713 done");
        assertThat(fontsOf(file)).as("DejaVu Sans embedded as a subset, the CJK fonts named").anyMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSansCondensed embedded"))
                .anyMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSansCondensed-Bold embedded")).anyMatch(f -> f.startsWith("STSong-Light"))
                .anyMatch(f -> f.startsWith("HYGoThic-Medium")).noneMatch(f -> f.startsWith("Helvetica"));
        assertThat(file.length).as("a subset, not the whole 740 KiB font").isLessThan(80_000);
    }

    @Test
    void pdf_showsACharacterNoFontHasAsAReplacementCharacter_andLeavesInvisibleOnesOut() throws IOException {
        byte[] file = pdf(new PdfFonts(Optional.empty()), named("Zo\u00eb", "Party \ud83c\udf89 planning", "Done \u2714\ufe0f"));

        assertThat(textOf(file)).contains("Party \ufffd planning", "Done \u2714").doesNotContain("\ufe0f");
    }

    /**
     * Where the system has Debian's Droid Sans Fallback, Chinese and Japanese text is embedded in it (a
     * subset) rather than left to the reader's standard fonts. Runs only where the font is installed (not needed by the build).
     */
    @Test
    void pdf_embedsTheSystemsCjkFont_beforeTheStandardOnes_whereThereIsOne() throws IOException {
        Path system = PdfFonts.SYSTEM_CJK.get(0);
        assumeTrue(Files.isReadable(system), "Debian's fonts-droid-fallback is not installed here");
        byte[] file = pdf(new PdfFonts(Optional.of(Files.readAllBytes(system))), named("\u5c71\u7530\u592a\u90ce", NAMES, "x"));

        assertThat(textOf(file)).contains(NAMES);
        assertThat(fontsOf(file)).as("it has Chinese and Japanese, not Hangul: Korean still goes to the standard font")
                .anyMatch(f -> f.matches("[A-Z]{6}\\+DroidSansFallback.* embedded")).noneMatch(f -> f.startsWith("STSong"))
                .anyMatch(f -> f.startsWith("HYGoThic"));
        assertThat(file.length).as("a subset of a 4 MiB font").isLessThan(120_000);
    }
}
