package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The accountability lane in a real (headless) Chromium: the employee's decline and HR's download. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachingBrowserIT {
    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    /**
     * lena writes a record for emma and shares it (through the API, as her page would); returns the record's topic. It is
     * about a named demo report of emma's, never the story of a confidential one, which would tie that report to her.
     */
    private String sharedRecordForEmma() {
        Http api = Http.api(base);
        String topic = "Payment list after a time-out " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String body = Json.createObjectBuilder().add("employee", "emma").add("heldAt", today.toString()).add("topic", topic)
                .add("expectation", "After a time-out, the payment list is checked before charging again.").add("observations", "A payment was run twice after the card terminal timed out.")
                .add("agreedActions", "Check the payment list first; ask the shift lead when unsure.").add("followUpDate", today.plusDays(14).toString())
                .build().toString();
        Http.Answer drafted = api.post("api/coaching-records", "lena", body);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(api.post("api/coaching-records/" + drafted.json().getString("id") + "/share", "lena", "").status()).isEqualTo(200);
        return topic;
    }

    @Test
    void anEmployeeDeclinesARecordWithAComment_andHrDownloadsTheCsvContainingIt(@TempDir Path downloads) throws Exception {
        String topic = sharedRecordForEmma();
        String comment = "The terminal showed no error and the list was still empty. " + UUID.randomUUID().toString().substring(0, 6);

        try (Browser emma = Browser.open(base)) {
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.click(By.linkText("About me"));
            assertThat(emma.heading()).isEqualTo("Records about me");
            assertThat(emma.text()).contains("Restricted.", "for your response");
            emma.screenshot("coaching-about-me");
            emma.click(By.linkText(topic));
            assertThat(emma.heading()).isEqualTo(topic);
            emma.click(By.id("respondForm:decline"));
            emma.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Say in a comment why you decline this record"));
            emma.waiting().until(ExpectedConditions.attributeToBe(By.id("respondForm:comment"), "aria-invalid", "true"));
            emma.screenshot("coaching-decline-needs-comment");
            emma.type("respondForm:comment", comment);
            emma.click(By.id("respondForm:decline"));
            emma.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision"), "Declined"));
            assertThat(emma.driver().findElement(By.id("employeeComment")).getText()).isEqualTo(comment);
            assertThat(emma.text()).contains("Your decline and your comment are kept with the record");
            emma.screenshot("coaching-declined");
        }

        try (Browser hana = Browser.openDownloadingTo(base, downloads)) {
            hana.signIn("hana", Http.DEMO_PASSWORD);
            hana.click(By.linkText("Coaching records"));
            assertThat(hana.heading()).isEqualTo("Coaching records");
            // The filter and the download with the keyboard alone (issue 12).
            Keyboard keys = new Keyboard(hana);
            keys.skipToMain();
            keys.tabToId("hrForm:employee");
            keys.type("emma");
            keys.tabToId("hrForm:search");
            keys.press(Keys.ENTER);
            hana.settled();
            hana.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("hrForm:records"), topic));
            hana.screenshot("coaching-hr-list");
            keys.reach("hrForm:search");
            keys.tabToId("hrForm:exportCsv");
            keys.press(Keys.ENTER);
            Path csv = awaitDownload(hana, downloads, ".csv");

            assertThat(csv.getFileName().toString()).isEqualTo("coaching-records-" + LocalDate.now(ZoneOffset.UTC) + ".csv");
            List<CSVRecord> rows;
            try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(Files.readString(csv, StandardCharsets.UTF_8).substring(1)))) {
                rows = parser.getRecords();
            }
            assertThat(Files.readString(csv, StandardCharsets.UTF_8)).as("a byte-order mark first").startsWith("\uFEFFHeld on,");
            assertThat(rows).allSatisfy(r -> assertThat(r.get("Employee username")).isEqualTo("emma"));
            assertThat(rows).filteredOn(r -> r.get("Topic").equals(topic)).singleElement().satisfies(r -> {
                assertThat(r.get("State")).as("the screen's words").isEqualTo("Declined");
                assertThat(r.get("Response")).isEqualTo("Declined");
                assertThat(r.get("Employee comment")).isEqualTo(comment);
            });
            assertThat(hana.url()).contains("coaching/hr.xhtml");
        }
    }

    @Test
    void aLeaderAssessesANamedReport_withTheFourTestsGuidingTheConclusion() {
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.click(By.linkText("Coaching"));
            lena.click(By.id("newAssessment"));
            assertThat(lena.heading()).isEqualTo("Assess a named report");
            assertThat(lena.text()).contains("Would a comparable colleague, in the same situation, probably have done the same?",
                    "confidential reports are for learning only");
            lena.chooseFirst("assessmentForm:reportId");
            lena.chooseFirst("assessmentForm:subject");
            lena.type("assessmentForm:reason", "A second payment was run after the terminal timed out.");
            for (String[] answer : new String[][] {{"deliberateHarm", "No"}, {"health", "No"}, {"foresight", "Yes"}, {"substitution", "Yes"}}) {
                lena.click(By.xpath("//*[@id='assessmentForm:" + answer[0] + "']//label[text()='" + answer[1] + "']"));
            }
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessmentForm:suggestion"), "At-risk behaviour"));
            lena.click(By.xpath("//*[@id='assessmentForm:behaviour']//label[starts-with(text(),'At-risk')]"));
            lena.click(By.xpath("//*[@id='assessmentForm:response']//label[starts-with(text(),'Coach')]"));
            lena.screenshot("coaching-assessment-form");
            lena.click(By.id("assessmentForm:save"));

            assertThat(lena.heading()).isEqualTo("Assessment");
            assertThat(lena.driver().findElement(By.id("behaviour")).getText()).startsWith("At-risk behaviour");
            // The first named report in the list may be anyone's in Front Desk: the sentence names whoever it is.
            assertThat(lena.text()).containsPattern("Only you, .+ and HR can see it\\.");
            lena.click(By.id("writeRecord"));
            assertThat(lena.heading()).isEqualTo("Write a coaching record");
            assertThat(lena.text()).contains("This record follows an assessment that called for coaching.");
            lena.screenshot("coaching-record-form");
        }
    }

    @Test
    void lessonsWorthReading_arePickedByTheirTitles_andTheRecordShowsTheTitles() {
        Http api = Http.api(base);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String topic = "Allergy notes at breakfast " + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer drafted = api.post("api/coaching-records", "lena", Json.createObjectBuilder().add("employee", "emma")
                .add("heldAt", today.toString()).add("topic", topic).add("expectation", "Allergy notes are read before serving.")
                .add("observations", "The note was on the board but not read.").add("agreedActions", "Read the board at the start.")
                .add("followUpDate", today.plusDays(14).toString()).build().toString());
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().getString("id");

        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("coaching/record.xhtml?id=" + id);
            lena.click(By.id("coachForm:edit"));
            assertThat(lena.heading()).isEqualTo("Change the draft");
            lena.type("recordForm:lessonIds_input", "Allergy");
            By allergy = By.xpath("//*[@id='recordForm:lessonIds_panel']//li[starts-with(normalize-space(.), 'Allergy note missed at breakfast')]");
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(allergy));
            String title = lena.driver().findElement(allergy).getText().strip();
            lena.click(allergy);
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("recordForm:lessonIds"), title));
            lena.screenshotsAtBothWidths("coaching-record-lesson-picked", By.id("recordForm:lessonIds"));
            lena.click(By.id("recordForm:save"));

            assertThat(lena.heading()).isEqualTo(topic);
            assertThat(lena.driver().findElement(By.id("lessons")).getText()).as("shown by its title, not an id").isEqualTo(title);
            lena.screenshotsAtBothWidths("coaching-record-lessons", By.id("lessons"));
            lena.click(By.linkText(title));
            assertThat(lena.heading()).isEqualTo(title);
        }
        assertThat(api.get("api/coaching-records/" + id, "lena").json().getJsonArray("lessonIds")).as("the API keeps its ids").hasSize(1);
    }


    private static Path awaitDownload(Browser browser, Path downloads, String suffix) throws IOException, InterruptedException {
        for (int i = 0; i < 80; i++) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(p -> p.toString().endsWith(suffix)).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no " + suffix + " download in " + downloads);
    }
}
