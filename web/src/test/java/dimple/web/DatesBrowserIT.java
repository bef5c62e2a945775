package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Typed dates stick (issue 19, ADR 22): every date field of the app, in a real Chromium, takes exactly what was typed
 * (the full forms and the short forms), shows it back in words before the form is sent, keeps an invalid entry as
 * typed with a message beside the field (and everything else typed on the form), and stores or applies what was
 * understood. The calendar opens only from its button; on the report form a person fills everything with the keyboard.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatesBrowserIT {
    private static final DateTimeFormatter DAY_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void theReportForm_isFilledWithTheKeyboardAlone_andKeepsTheMomentExactlyAsTyped() {
        String title = "Dates by keyboard " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser emma = Browser.open(base)) {
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.go("report/new.xhtml");
            WebDriver driver = emma.driver();
            // From the title on, only keys.
            driver.findElement(By.id("reportForm:title")).sendKeys(title);
            keys(emma, Keys.TAB);
            assertThat(focused(emma)).isEqualTo("reportForm:narrative");
            keys(emma, "The key card was encoded for room 241 instead of 214.");
            // Similar lessons may appear below the story (links, so Tab passes them): let them come, then Tab on.
            pause(1000);
            emma.settled();
            for (int i = 0; i < 12 && !focused(emma).equals("reportForm:occurredAt"); i++) {
                keys(emma, Keys.TAB);
            }
            assertThat(focused(emma)).isEqualTo("reportForm:occurredAt");
            assertThat(calendarOpen(emma, "reportForm:occurredAt")).as("the calendar never opens on focus").isFalse();

            // An ambiguous entry is explained, never guessed; then the full form, shown back in words.
            retype(emma, "5/12/2026 18:45");
            expectWords(emma, "reportForm:occurredAt", "5/12/2026 can be read as two different days (day or month first): "
                    + "type 2026-12-05 or 5.12.2026 instead.");
            retype(emma, "2026-12-05 18:45");
            expectWords(emma, "reportForm:occurredAt", "Saturday 5 December 2026, 18:45");
            assertThat(calendarOpen(emma, "reportForm:occurredAt")).as("the calendar never opens while typing").isFalse();
            assertThat(driver.findElement(By.id("reportForm:occurredAt")).getAttribute("aria-describedby"))
                    .contains("reportForm:occurredAt_words").contains("reportForm:occurredAt_message");
            assertThat(driver.findElement(By.id("reportForm:occurredAt_words")).getAttribute("aria-live")).isEqualTo("polite");

            // The calendar opens from its button, on the typed day; Escape closes it and gives the focus back.
            keys(emma, Keys.TAB);
            assertThat(focused(emma)).isEqualTo("reportForm:occurredAt_calendar");
            keys(emma, Keys.ENTER);
            assertThat(calendarOpen(emma, "reportForm:occurredAt")).isTrue();
            assertThat(focusedDay(emma)).isEqualTo("2026-12-05");
            keys(emma, Keys.ARROW_LEFT);
            assertThat(focusedDay(emma)).isEqualTo("2026-12-04");
            emma.screenshot("dates-report-calendar-desktop");
            keys(emma, Keys.ESCAPE);
            assertThat(calendarOpen(emma, "reportForm:occurredAt")).isFalse();
            assertThat(focused(emma)).isEqualTo("reportForm:occurredAt");
            assertThat(value(emma, "reportForm:occurredAt")).as("Escape changes nothing").isEqualTo("2026-12-05 18:45");

            // Picked with the keyboard, the day changes and the typed time stays; Tab leaves and closes the calendar.
            keys(emma, Keys.TAB, Keys.ENTER, Keys.ARROW_LEFT, Keys.ENTER);
            assertThat(calendarOpen(emma, "reportForm:occurredAt")).isFalse();
            assertThat(value(emma, "reportForm:occurredAt")).isEqualTo("2026-12-04 18:45");
            expectWords(emma, "reportForm:occurredAt", "Friday 4 December 2026, 18:45");
            retype(emma, "2026-12-05 18:45");
            keys(emma, Keys.TAB, Keys.ENTER);
            assertThat(calendarOpen(emma, "reportForm:occurredAt")).isTrue();
            keys(emma, Keys.TAB);
            assertThat(calendarOpen(emma, "reportForm:occurredAt")).as("Tab closes the calendar: it never traps the focus").isFalse();
            assertThat(focused(emma)).startsWith("reportForm:team");
            emma.screenshot("dates-report-form-desktop");
            phoneWidth(emma, () -> {
                driver.findElement(By.id("reportForm:occurredAt_calendar")).sendKeys(Keys.ENTER);
                assertThat(calendarOpen(emma, "reportForm:occurredAt")).isTrue();
                scrollTo(emma, "reportForm:occurredAt");
                emma.screenshot("dates-report-form-phone");
                keys(emma, Keys.ESCAPE);
                assertThat(calendarOpen(emma, "reportForm:occurredAt")).isFalse();
            });
            keys(emma, Keys.TAB, Keys.TAB);
            assertThat(focused(emma)).startsWith("reportForm:team");

            // The team is chosen already (emma has one); kind and impact by arrow keys; then on to Submit. Between the two
            // menus the kinds' descriptions may fold open (a <summary>, one more stop) when an administrator wrote some.
            keys(emma, Keys.TAB, Keys.ARROW_DOWN);
            for (int i = 0; i < 4 && !focused(emma).startsWith("reportForm:customerImpact"); i++) {
                keys(emma, Keys.TAB);
            }
            keys(emma, Keys.ARROW_DOWN);
            assertThat(emma.chosen("reportForm:kind")).doesNotStartWith("Choose");
            assertThat(emma.chosen("reportForm:customerImpact")).doesNotStartWith("Choose");
            for (int i = 0; i < 25 && !focused(emma).equals("reportForm:submit"); i++) {
                keys(emma, Keys.TAB);
            }
            assertThat(focused(emma)).isEqualTo("reportForm:submit");
            keys(emma, Keys.ENTER);

            emma.waiting().until(ExpectedConditions.urlContains("received=true"));
            assertThat(emma.heading()).isEqualTo(title);
            assertThat(fact(emma, "Happened")).isEqualTo("2026-12-05 18:45 UTC");
        }
    }

    @Test
    void theReportForm_refusesTheFuture_andAnInvalidTime_keepingEverythingTyped_thenTakesTheShortForms() {
        String title = "Dates short " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser emma = Browser.open(base)) {
            emma.signIn("emma", Http.DEMO_PASSWORD);
            emma.go("report/new.xhtml");
            emma.type("reportForm:title", title);
            emma.type("reportForm:narrative", "A guest waited at the desk while the encoder restarted.");
            emma.choose("reportForm:kind", "Near miss: caught before it reached anyone");
            emma.choose("reportForm:customerImpact", "Minor");

            enter(emma, "reportForm:occurredAt", "2026-12-05 18:75",
                    "18:75 is not a time of day: hours go from 00 to 23, minutes from 00 to 59.");
            emma.click(By.id("reportForm:submit"));
            expectMessage(emma, "reportForm:occurredAt", "18:75 is not a time of day");
            assertThat(value(emma, "reportForm:occurredAt")).as("invalid text stays as typed").isEqualTo("2026-12-05 18:75");
            assertThat(value(emma, "reportForm:title")).isEqualTo(title);
            assertThat(value(emma, "reportForm:narrative")).isEqualTo("A guest waited at the desk while the encoder restarted.");
            assertThat(emma.driver().findElement(By.id("reportForm:occurredAt")).getAttribute("aria-invalid")).isEqualTo("true");

            LocalDate tomorrow = today().plusDays(1);
            enter(emma, "reportForm:occurredAt", "tomorrow 9:05", MOMENT_WORDS.format(tomorrow.atTime(9, 5)));
            emma.click(By.id("reportForm:submit"));
            expectMessage(emma, "reportForm:occurredAt", "This cannot lie in the future: it is now ");
            assertThat(value(emma, "reportForm:occurredAt")).as("a refused entry stays as typed").isEqualTo("tomorrow 9:05");
            expectWords(emma, "reportForm:occurredAt", MOMENT_WORDS.format(tomorrow.atTime(9, 5)));
            assertThat(value(emma, "reportForm:title")).isEqualTo(title);

            LocalDate yesterday = today().minusDays(1);
            enter(emma, "reportForm:occurredAt", "yesterday 9:05", MOMENT_WORDS.format(yesterday.atTime(9, 5)));
            emma.click(By.id("reportForm:submit"));
            emma.waiting().until(ExpectedConditions.urlContains("received=true"));
            assertThat(fact(emma, "Happened")).isEqualTo(yesterday + " 09:05 UTC");
        }
    }

    @Test
    void theReviewTimeline_andAnActionsDueDate_keepWhatWasTyped() {
        String reviewId = reviewInDrafting("Dates in a review " + UUID.randomUUID().toString().substring(0, 8));
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("review/view.xhtml?id=" + reviewId + "&tab=timeline");

            enter(lena, "timelineForm:at", "2026-12-05 25:10", "25:10 is not a time of day: hours go from 00 to 23, minutes from 00 to 59.");
            lena.type("timelineForm:text", "The wrong room is encoded");
            lena.click(By.id("timelineForm:add"));
            expectMessage(lena, "timelineForm:at", "25:10 is not a time of day");
            assertThat(value(lena, "timelineForm:at")).isEqualTo("2026-12-05 25:10");
            assertThat(value(lena, "timelineForm:text")).isEqualTo("The wrong room is encoded");

            enter(lena, "timelineForm:at", "2026-12-05 01:40", "Saturday 5 December 2026, 01:40");
            lena.screenshot("dates-review-timeline-desktop");
            lena.click(By.id("timelineForm:add"));
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "The wrong room is encoded"));

            enter(lena, "timelineForm:at", "5.12.2026 1845", "Saturday 5 December 2026, 18:45");
            lena.type("timelineForm:text", "The guest comes back to the desk");
            lena.click(By.id("timelineForm:add"));
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "The guest comes back to the desk"));
            assertThat(lena.driver().findElement(By.id("timeline")).getText())
                    .containsSubsequence("2026-12-05 01:40 UTC", "The wrong room is encoded", "2026-12-05 18:45 UTC", "The guest comes back");

            phoneWidth(lena, () -> {
                enter(lena, "timelineForm:at", "today 8:00", MOMENT_WORDS.format(today().atTime(8, 0)));
                lena.driver().findElement(By.id("timelineForm:at_calendar")).sendKeys(Keys.ENTER);
                assertThat(calendarOpen(lena, "timelineForm:at")).isTrue();
                scrollTo(lena, "timelineForm:at");
                lena.screenshot("dates-review-timeline-phone");
                keys(lena, Keys.ESCAPE);
                assertThat(calendarOpen(lena, "timelineForm:at")).isFalse();
            });

            // The action's due date: a past day is refused with the reason, an ambiguous one explained, a full one kept.
            lena.go("review/view.xhtml?id=" + reviewId + "&tab=actions");
            lena.type("actionForm:title", "Label the two encoders");
            lena.choose("actionForm:type", "Corrective: fix what went wrong");
            lena.type("actionForm:owner_input", "emma");
            lena.click(By.cssSelector("[id='actionForm:owner_panel'] li[data-item-value$='(emma)']"));
            enter(lena, "actionForm:dueDate", "24/12/2026",
                    "24/12/2026 can be read as two different days (day or month first): type 2026-12-05 or 5.12.2026 instead.");
            lena.click(By.id("actionForm:plan"));
            expectMessage(lena, "actionForm:dueDate", "can be read as two different days");
            assertThat(value(lena, "actionForm:dueDate")).isEqualTo("24/12/2026");
            assertThat(value(lena, "actionForm:title")).isEqualTo("Label the two encoders");

            enter(lena, "actionForm:dueDate", "2001-01-01", "Monday 1 January 2001");
            lena.click(By.id("actionForm:plan"));
            expectMessage(lena, "actionForm:dueDate", "This cannot lie in the past: today is " + DAY_WORDS.format(today()) + ".");

            LocalDate due = today().plusDays(18);
            enter(lena, "actionForm:dueDate", due.toString(), DAY_WORDS.format(due));
            lena.click(By.id("actionForm:plan"));
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("actionItems"), "Label the two encoders"));
            assertThat(lena.driver().findElement(By.id("actionItems")).getText()).contains(due.toString());
        }
    }

    @Test
    void aRecoveryStep_takesYesterdayAndATime() {
        JsonObject filed = Http.api(base).post("api/reports", "emma", Json.createObjectBuilder()
                .add("title", "Dates in a recovery " + UUID.randomUUID().toString().substring(0, 8))
                .add("narrative", "The guest was charged for the wrong room.").add("occurredAt", today().minusDays(2) + "T10:00:00Z")
                .add("team", "Front Desk").add("kind", "CUSTOMER_HARMED").add("customerImpact", "MINOR").add("reporterMode", "NAMED")
                .add("affectedCustomers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("customerRef", "Booking 7001")))
                .build().toString()).json();
        String recoveryId = filed.getJsonArray("recoveries").getJsonObject(0).getString("id");
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("recovery/case.xhtml?id=" + recoveryId);
            lena.choose("stepForm:channel", "Phone");
            lena.type("stepForm:note", "Called the guest back.");
            enter(lena, "stepForm:at", "today 9", "Type a day and a time such as 2026-12-05 18:45, 5.12.2026 1845, today 18:45 or now.");
            lena.click(By.id("stepForm:record"));
            expectMessage(lena, "stepForm:at", "Type a day and a time such as");
            assertThat(value(lena, "stepForm:at")).isEqualTo("today 9");
            assertThat(value(lena, "stepForm:note")).isEqualTo("Called the guest back.");

            assertThat(lena.driver().findElement(By.id("stepForm:channel_label")).getText()).isEqualTo("Phone");

            LocalDate yesterday = today().minusDays(1);
            enter(lena, "stepForm:at", "Yesterday 9:05", MOMENT_WORDS.format(yesterday.atTime(9, 5)));
            lena.click(By.id("stepForm:record"));
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Recorded."));
            assertThat(lena.text()).contains(yesterday + " 09:05 UTC");
        }
    }

    @Test
    void aCoachingRecord_keepsItsThreeDays_andAScenarioPractice_itsDay() {
        LocalDate followUp = today().plusDays(14);
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("coaching/record-form.xhtml");
            lena.chooseFirst("recordForm:employee");
            lena.type("recordForm:topic", "Encoding key cards");
            lena.type("recordForm:expectation", "Check the room number on the encoder before handing over the card.");
            lena.type("recordForm:observations", "Two cards were encoded for the wrong room this week.");
            lena.type("recordForm:agreedActions", "The encoders get labels; we read the number aloud.");
            enter(lena, "recordForm:heldAt", "2026-02-30", "2026-02-30 is not a day of the calendar.");
            enter(lena, "recordForm:followUpDate", followUp.toString(), DAY_WORDS.format(followUp));
            enter(lena, "recordForm:retainUntil", "1.6.2028", "Thursday 1 June 2028");
            lena.click(By.id("recordForm:save"));
            expectMessage(lena, "recordForm:heldAt", "2026-02-30 is not a day of the calendar.");
            assertThat(value(lena, "recordForm:heldAt")).isEqualTo("2026-02-30");
            assertThat(value(lena, "recordForm:topic")).isEqualTo("Encoding key cards");
            assertThat(value(lena, "recordForm:retainUntil")).as("what was understood is written back").isEqualTo("2028-06-01");

            enter(lena, "recordForm:heldAt", "5.12.2026", "Saturday 5 December 2026");
            lena.click(By.id("recordForm:save"));
            lena.waiting().until(ExpectedConditions.urlContains("coaching/record.xhtml"));
            assertThat(fact(lena, "Held on")).isEqualTo("2026-12-05");
            assertThat(fact(lena, "Follow up on")).isEqualTo(followUp.toString());
            assertThat(fact(lena, "Kept until")).isEqualTo("2028-06-01");

            lena.go("scenario/list.xhtml");
            lena.click(By.cssSelector("#cardsForm\\:cards a"));
            String participants = "Dates " + UUID.randomUUID().toString().substring(0, 8);
            lena.type("practiceForm:participants", participants);
            enter(lena, "practiceForm:heldOn", "next week", "Type a day such as 2026-12-05 or 5.12.2026, or today, yesterday or tomorrow.");
            lena.click(By.id("practiceForm:logPractice"));
            expectMessage(lena, "practiceForm:heldOn", "Type a day such as");
            assertThat(value(lena, "practiceForm:participants")).isEqualTo(participants);
            LocalDate yesterday = today().minusDays(1);
            enter(lena, "practiceForm:heldOn", "yesterday", DAY_WORDS.format(yesterday));
            lena.click(By.id("practiceForm:logPractice"));
            // The page after the save says so; reading it earlier would race the save on a busy machine.
            lena.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Practice session logged."));
            lena.go(lena.url().replace(base.toExternalForm(), ""));
            assertThat(lena.text()).contains(yesterday + " — " + participants);
        }
    }

    @Test
    void theDateFilters_ofInboxBoardInsightsAuditAndHr_applyWhatWasTyped() {
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            lena.go("report/inbox.xhtml");
            filter(lena, "inboxForm", "search", "No reports match.", true);
            lena.go("lesson/board.xhtml");
            filter(lena, "boardForm", "search", "No lesson matches.", false);
            lena.go("insights.xhtml");
            filter(lena, "insightsForm", "show", null, false);
            assertThat(lena.driver().findElement(By.id("reports")).getText()).isEqualTo("0");
        }
        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", Http.DEMO_PASSWORD);
            admin.go("admin/audit.xhtml");
            filter(admin, "auditForm", "search", "Nothing recorded for this filter.", false);
        }
        try (Browser hana = Browser.open(base)) {
            hana.signIn("hana", Http.DEMO_PASSWORD);
            hana.go("coaching/hr.xhtml");
            filter(hana, "hrForm", "search", "No coaching records match this filter.", true);
        }
    }

    /**
     * On a filter: an invalid "from" is refused beside the field and kept (asked of two filters: the date field and its
     * message are one component on every page); then "1.1.2001" to "2001-01-02" (a time with no records) is applied:
     * the table says nothing matches, and the fields show the days understood.
     */
    private static void filter(Browser browser, String form, String button, String nothing, boolean refusesAnInvalidDay) {
        String from = form + ":from";
        String to = form + ":to";
        if (refusesAnInvalidDay) {
            enter(browser, from, "2001-13-01", "2001-13-01 is not a day of the calendar.");
            browser.click(By.id(form + ":" + button));
            expectMessage(browser, from, "2001-13-01 is not a day of the calendar.");
            assertThat(value(browser, from)).isEqualTo("2001-13-01");
        }
        enter(browser, from, "1.1.2001", "Monday 1 January 2001");
        enter(browser, to, "2001-01-02", "Tuesday 2 January 2001");
        browser.click(By.id(form + ":" + button));
        browser.settled();
        if (nothing != null) {
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), nothing));
        }
        browser.waiting().until(d -> "2001-01-01".equals(value(browser, from)));
        assertThat(value(browser, to)).isEqualTo("2001-01-02");
        expectWords(browser, from, "Monday 1 January 2001");
        assertThat(browser.driver().findElements(By.id(from + "_message")).stream().map(WebElement::getText).filter(t -> !t.isBlank()))
                .isEmpty();
    }

    /** A review in drafting of a report emma filed about 30 November 2026, for lena to fill in. */
    private String reviewInDrafting(String title) {
        Http api = Http.api(base);
        Http.Answer filed = api.post("api/reports", "emma", Json.createObjectBuilder().add("title", title)
                .add("narrative", "The key card was encoded for the wrong room.").add("occurredAt", "2026-11-30T10:00:00Z")
                .add("team", "Front Desk").add("kind", "CUSTOMER_HARMED").add("customerImpact", "MINOR").add("reporterMode", "NAMED")
                .build().toString());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return api.post("api/reports/" + filed.json().getString("id") + "/triage", "lena", "{\"decision\":\"REVIEW\"}")
                .json().getString("reviewId");
    }

    /** Types into a date field and waits for the words below it; the calendar stays shut. */
    private static void enter(Browser browser, String id, String typed, String words) {
        browser.type(id, typed);
        expectWords(browser, id, words);
        assertThat(calendarOpen(browser, id)).as("typing never opens the calendar").isFalse();
    }

    private static void expectWords(Browser browser, String id, String words) {
        browser.waiting().until(ExpectedConditions.textToBe(By.id(id + "_words"), words));
    }

    private static void expectMessage(Browser browser, String id, String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_message"), text));
    }

    private static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    private static boolean calendarOpen(Browser browser, String id) {
        return browser.driver().findElements(By.id(id + "_popup")).stream().anyMatch(WebElement::isDisplayed);
    }

    private static String focused(Browser browser) {
        String id = browser.driver().switchTo().activeElement().getAttribute("id");
        return id == null ? "" : id;
    }

    private static String focusedDay(Browser browser) {
        return browser.driver().switchTo().activeElement().getAttribute("data-day");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Selects all in the focused field (Ctrl+A) and types this instead. */
    private static void retype(Browser browser, String text) {
        browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** The value of a label/value fact on a record page (dt, then dd). */
    private static String fact(Browser browser, String label) {
        return browser.driver().findElement(By.xpath("//dt[normalize-space(.)='" + label + "']/following-sibling::dd[1]")).getText();
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
    }

    /** Runs this at about a phone's width (400 px), then goes back to the desktop size. */
    private static void phoneWidth(Browser browser, Runnable steps) {
        Dimension desktop = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(400, 860));
        try {
            steps.run();
        } finally {
            browser.driver().manage().window().setSize(desktop);
        }
    }

}
