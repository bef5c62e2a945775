package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Dimple on a phone (390 x 844, an everyday phone) and, for contrast, on a desktop (1280 px): the leader's and HR's
 * tables become cards whose every cell names its column, nothing is cut off or wider than the screen, the menu folds
 * under a button that works from the keyboard, and the lesson board's filters fold behind "Filters".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneBrowserIT {
    private static final int PHONE = 390;
    private static final int DESKTOP = 1280;

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    /** The pages of the leader that show a table (or the review's label/value grid), by screenshot name. */
    private static final Map<String, String> LEADER_TABLES = Map.of(
            "inbox", "report/inbox.xhtml",
            "recoveries-due", "recovery/due.xhtml",
            "team-actions", "action/team.xhtml");

    @Test
    void aLeadersTablesBecomeCardsOnAPhone_eachCellLabelledAndNothingCutOff() {
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            width(lena, PHONE);
            for (Map.Entry<String, String> page : LEADER_TABLES.entrySet()) {
                lena.go(page.getValue());
                assertCards(lena, page.getKey());
                lena.screenshot("phone-" + page.getKey() + "-390");
                scrollTo(lena, By.cssSelector(".ui-datatable"));
                lena.screenshot("phone-" + page.getKey() + "-390-table");
            }
        }
    }

    @Test
    void theReviewsFactsStackOnAPhone_eachValueUnderItsLabel() {
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            width(lena, PHONE);
            lena.go("review/list.xhtml");
            lena.click(By.cssSelector("main a[href*='review/view.xhtml']"));
            lena.waiting().until(ExpectedConditions.urlContains("review/view.xhtml"));
            assertNoSidewaysScroll(lena);
            List<WebElement> values = lena.driver().findElements(By.cssSelector("main dl dd"));
            assertThat(values).as("the review's label/value grid").isNotEmpty();
            for (WebElement value : values) {
                assertFullyVisible(lena, value);
                WebElement label = value.findElement(By.xpath("preceding-sibling::dt[1]"));
                assertThat(label.isDisplayed() && !label.getText().isBlank()).as("label of " + value.getText()).isTrue();
                // stacked: the label sits above its value, not beside it
                assertThat(label.getRect().getY() + label.getRect().getHeight()).isLessThanOrEqualTo(value.getRect().getY());
            }
            assertControlsInside(lena, "review");
            lena.screenshot("phone-review-390");
            scrollTo(lena, By.cssSelector(".decide .buttons"));
            lena.screenshot("phone-review-390-moves");
            width(lena, DESKTOP);
            WebElement first = lena.driver().findElement(By.cssSelector("main dl.facts dd"));
            WebElement itsLabel = first.findElement(By.xpath("preceding-sibling::dt[1]"));
            assertThat(itsLabel.getRect().getY()).as("on a desktop the label stands beside its value").isEqualTo(first.getRect().getY());
            lena.screenshot("phone-review-1280");
        }
    }

    @Test
    void hrsCoachingRecordsBecomeCardsOnAPhone() {
        try (Browser hana = Browser.open(base)) {
            hana.signIn("hana", Http.DEMO_PASSWORD);
            width(hana, PHONE);
            hana.go("coaching/hr.xhtml");
            assertCards(hana, "coaching-records");
            hana.screenshot("phone-coaching-records-390");
            scrollTo(hana, By.cssSelector(".ui-datatable"));
            hana.screenshot("phone-coaching-records-390-table");
            width(hana, DESKTOP);
            assertTable(hana);
            hana.screenshot("phone-coaching-records-1280");
        }
    }

    @Test
    void theMenuFoldsUnderAButtonOnAPhone_openedWithEnterClosedWithEscape() {
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            width(lena, PHONE);
            lena.go("report/inbox.xhtml");
            WebElement button = lena.driver().findElement(By.id("menuButton"));
            WebElement menu = lena.driver().findElement(By.id("mainMenu"));
            assertThat(button.isDisplayed()).isTrue();
            assertThat(button.getTagName()).isEqualTo("button");
            assertThat(button.getText()).isEqualTo("Menu");
            assertThat(button.getAttribute("aria-controls")).isEqualTo("mainMenu");
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(menu.isDisplayed()).as("the menu is folded").isFalse();

            // Tab from the brand link, as a keyboard user arrives, then Enter
            lena.driver().findElement(By.cssSelector(".site-header .brand")).sendKeys(Keys.TAB);
            assertThat(focused(lena)).isEqualTo(button);
            button.sendKeys(Keys.ENTER);
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(menu.isDisplayed()).isTrue();
            List<WebElement> links = menu.findElements(By.tagName("a"));
            assertThat(links).extracting(WebElement::getText).contains("Team inbox", "Recoveries due", "Team actions", "Lessons", "Reviews");
            for (WebElement link : links) {
                assertThat(link.isDisplayed()).as(link.getText()).isTrue();
                assertThat(link.getRect().getX() + link.getRect().getWidth()).as(link.getText() + " inside the screen").isLessThanOrEqualTo(PHONE);
            }
            assertNoSidewaysScroll(lena);
            lena.screenshot("phone-menu-open-390");

            // the links follow the button in the tab order; Escape from a link closes the menu and returns to the button
            button.sendKeys(Keys.TAB);
            assertThat(focused(lena)).isEqualTo(links.get(0));
            focused(lena).sendKeys(Keys.TAB);
            assertThat(focused(lena)).isEqualTo(links.get(1));
            focused(lena).sendKeys(Keys.ESCAPE);
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(menu.isDisplayed()).isFalse();
            assertThat(focused(lena)).isEqualTo(button);

            // Space opens it too (it is a real button), and a link in it leads where it says
            button.sendKeys(Keys.SPACE);
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
            button.sendKeys(Keys.TAB);
            lena.driver().findElement(By.linkText("Recoveries due")).sendKeys(Keys.ENTER);
            assertThat(lena.heading()).isEqualTo("Recoveries due");
            assertThat(lena.driver().findElement(By.id("menuButton")).getAttribute("aria-expanded")).isEqualTo("false");

            width(lena, DESKTOP);
            lena.go("report/inbox.xhtml");
            assertThat(lena.driver().findElement(By.id("menuButton")).isDisplayed()).as("no menu button on a desktop").isFalse();
            assertThat(lena.driver().findElement(By.linkText("Team actions")).isDisplayed()).as("the menu is inline").isTrue();
        }
    }

    @Test
    void aLeadersTablesStayTablesOnADesktop() {
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            width(lena, DESKTOP);
            for (Map.Entry<String, String> page : LEADER_TABLES.entrySet()) {
                lena.go(page.getValue());
                assertTable(lena);
                lena.screenshot("phone-" + page.getKey() + "-1280");
            }
        }
    }

    @Test
    void theLessonBoardsFiltersFoldBehindFiltersOnAPhone_andStayOpenOnADesktop() {
        try (Browser lena = Browser.open(base)) {
            lena.signIn("lena", Http.DEMO_PASSWORD);
            width(lena, PHONE);
            lena.go("lesson/board.xhtml");
            WebElement toggle = lena.driver().findElement(By.cssSelector("#boardFilters > summary"));
            assertThat(toggle.getText()).isEqualTo("Filters");
            assertThat(lena.driver().findElement(By.id("boardForm:q")).isDisplayed()).as("the search stays in sight").isTrue();
            assertThat(lena.driver().findElement(By.id("boardForm:tag")).isDisplayed()).as("folded").isFalse();
            assertNoSidewaysScroll(lena);
            assertControlsInside(lena, "board");
            lena.screenshot("phone-board-390");
            toggle.sendKeys(Keys.ENTER);
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("boardForm:tag")));
            assertThat(lena.driver().findElement(By.id("boardForm:order")).isDisplayed()).isTrue();
            assertNoSidewaysScroll(lena);
            lena.screenshot("phone-board-filters-390");
            // a filter chosen on the phone keeps the filters open after the search, so what filters the list is in sight
            lena.choose("boardForm:order", "Most endorsed first");
            lena.click(By.id("boardForm:search")).settled();
            lena.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("boardForm:order")));

            width(lena, DESKTOP);
            lena.go("lesson/board.xhtml");
            assertThat(lena.driver().findElement(By.id("boardForm:tag")).isDisplayed()).as("open on a desktop").isTrue();
            assertThat(lena.driver().findElement(By.cssSelector("#boardFilters > summary")).isDisplayed()).isFalse();
            lena.screenshot("phone-board-1280");
        }
    }

    /** The page at this width (and a phone's height), as a phone's browser lays it out. */
    private static void width(Browser browser, int width) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", width == PHONE ? 844 : 900, "deviceScaleFactor", 1, "mobile", width == PHONE));
    }

    /** Every row a card: each cell shows its column's header, stays within the card, and the table keeps its headers for screen readers. */
    private static void assertCards(Browser browser, String page) {
        assertNoSidewaysScroll(browser);
        WebElement table = browser.driver().findElement(By.cssSelector(".ui-datatable table"));
        List<String> headers = table.findElements(By.cssSelector("thead th")).stream()
                .map(th -> String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].textContent.trim();", th)))
                .toList();
        assertThat(headers).as(page + ": the header row is still there").isNotEmpty().doesNotContain("");
        assertThat(table.findElement(By.cssSelector("thead th")).getAriaRole()).as(page + ": headers for screen readers").isEqualTo("columnheader");
        // Every cell's facts in one round trip to the browser (a call per cell and fact took seconds per page).
        @SuppressWarnings("unchecked")
        List<List<Map<String, Object>>> rows = (List<List<Map<String, Object>>>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(arguments[0].querySelectorAll('tbody tr[data-ri]')).map(function (row) {"
                + " return Array.from(row.querySelectorAll('td')).map(function (cell) {"
                + "  var label = cell.querySelector('.ui-column-title'), box = cell.getBoundingClientRect();"
                + "  return { label: label ? label.innerText.trim() : null,"
                + "   labelShown: !!label && label.getClientRects().length > 0 && getComputedStyle(label).visibility !== 'hidden',"
                + "   labelHidden: label ? label.getAttribute('aria-hidden') : null, labelDisplay: label ? getComputedStyle(label).display : null,"
                + "   scrollWidth: cell.scrollWidth, clientWidth: cell.clientWidth, right: box.right, text: cell.innerText.trim() }; }); });",
                table);
        assertThat(rows).as(page + ": the demo data shows rows").isNotEmpty();
        for (List<Map<String, Object>> cells : rows) {
            assertThat(cells).hasSameSizeAs(headers);
            for (int i = 0; i < cells.size(); i++) {
                Map<String, Object> cell = cells.get(i);
                String column = page + ": " + headers.get(i) + " (" + cell.get("text") + ")";
                assertThat(cell.get("labelShown")).as(column + ": its label is shown").isEqualTo(true);
                assertThat(cell.get("label")).isEqualTo(headers.get(i));
                assertThat(cell.get("labelHidden")).as("screen readers hear the header itself, once").isEqualTo("true");
                assertThat(cell.get("labelDisplay")).as(column + ": the label stands above the value").isEqualTo("block");
                assertThat(((Number) cell.get("scrollWidth")).intValue()).as(column + ": text fully visible")
                        .isLessThanOrEqualTo(((Number) cell.get("clientWidth")).intValue());
                assertThat(((Number) cell.get("right")).doubleValue()).as(column + " inside the screen").isLessThanOrEqualTo(PHONE);
            }
        }
        assertControlsInside(browser, page);
    }

    /** Buttons, menus, fields, paginators and badges all lie inside the phone's screen: none is cut off at its edge. */
    private static void assertControlsInside(Browser browser, String page) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> controls = (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('main button, main .ui-selectonemenu, main input:not([type=hidden]),"
                + " main .ui-paginator, main .badge, main a')).filter(function (c) {"
                // shown as Selenium counts it: laid out, visible, more than a clipped pixel, not parked off the screen's left edge
                + "  var box = c.getBoundingClientRect(); return box.width > 1 && box.height > 1 && box.right + window.scrollX > 0"
                + "   && getComputedStyle(c).visibility !== 'hidden'; }).map(function (c) {"
                + "  var box = c.getBoundingClientRect();"
                + "  return { name: c.tagName.toLowerCase() + ' ' + c.id + ' ' + c.innerText.trim(), left: box.left + window.scrollX,"
                + "   right: box.right + window.scrollX }; });");
        assertThat(controls).as(page + ": controls on the page").isNotEmpty();
        for (Map<String, Object> control : controls) {
            String name = page + ": " + control.get("name");
            assertThat(((Number) control.get("left")).doubleValue()).as(name).isGreaterThanOrEqualTo(0);
            assertThat(((Number) control.get("right")).doubleValue()).as(name + " inside the screen").isLessThanOrEqualTo(PHONE);
        }
    }

    /** A desktop: the header row is in sight and the cells sit side by side. */
    private static void assertTable(Browser browser) {
        assertNoSidewaysScroll(browser);
        WebElement header = browser.driver().findElement(By.cssSelector(".ui-datatable thead th"));
        assertThat(header.isDisplayed()).isTrue();
        assertThat(header.getCssValue("display")).isEqualTo("table-cell");
        List<WebElement> cells = browser.driver().findElements(By.cssSelector(".ui-datatable tbody tr[data-ri]:first-child td"));
        assertThat(cells).hasSizeGreaterThan(1);
        assertThat(cells.get(1).getRect().getY()).as("side by side").isEqualTo(cells.get(0).getRect().getY());
        assertThat(cells.get(0).findElement(By.cssSelector(".ui-column-title")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("menuButton")).isDisplayed()).isFalse();
    }

    private static void assertNoSidewaysScroll(Browser browser) {
        Object widths = ((JavascriptExecutor) browser.driver()).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        @SuppressWarnings("unchecked")
        List<Number> w = (List<Number>) widths;
        assertThat(w.get(0).intValue()).as("page width (scrollWidth) within the screen " + browser.url()).isLessThanOrEqualTo(w.get(1).intValue());
    }

    private static void assertFullyVisible(Browser browser, WebElement element) {
        Object sizes = ((JavascriptExecutor) browser.driver()).executeScript(
                "return [arguments[0].scrollWidth, arguments[0].clientWidth];", element);
        @SuppressWarnings("unchecked")
        List<Number> s = (List<Number>) sizes;
        assertThat(s.get(0).intValue()).as("text fully visible: " + element.getText()).isLessThanOrEqualTo(s.get(1).intValue());
    }

    private static WebElement focused(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private static void scrollTo(Browser browser, By by) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", browser.driver().findElement(by));
    }
}
