package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person who uses the keyboard only: every key goes to whatever has the focus (Selenium's {@link Actions}, as a real
 * keyboard would), nothing is clicked. Each Tab stop is checked on the way: the element that has the focus shows it (an
 * outline or a ring drawn by the page or by the PrimeFaces widget around it) and lies on the screen.
 */
final class Keyboard {
    /** More Tab stops than any page has before its last control: a journey that needs more is lost in the page. */
    private static final int MOST_TABS = 250;

    /**
     * What the focused element is, and whether its focus is drawn: on itself, or, for a PrimeFaces widget whose real input
     * is hidden for screen readers only (select menu, radio button, check box), on the widget or the part of it that
     * PrimeFaces marks {@code ui-state-focus}.
     */
    private static final String FOCUSED = """
            var el = document.activeElement;
            if (!el || el === document.body) { return null; }
            function ring(e) {
              var s = getComputedStyle(e);
              return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
            }
            var widget = el.closest('.ui-selectonemenu, .ui-radiobutton, .ui-chkbox, .ui-autocomplete, .ui-selectcheckboxmenu');
            var drawn = [el];
            if (widget) {
              drawn.push(widget);
              widget.querySelectorAll('.ui-state-focus').forEach(function (part) { drawn.push(part); });
            }
            var box = (widget || el).getBoundingClientRect();
            return { id: el.id || '', tag: el.tagName.toLowerCase(), role: el.getAttribute('role') || '',
                     text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' '),
                     label: el.labels && el.labels.length ? el.labels[0].innerText.trim() : '',
                     ring: drawn.some(ring),
                     onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
                               && box.top < innerHeight && box.left < innerWidth };
            """;

    private final Browser browser;
    private final List<String> stops = new ArrayList<>();

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** The focused element as the page sees it now. */
    Focus focused() {
        @SuppressWarnings("unchecked")
        Map<String, Object> f = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(FOCUSED);
        return f == null ? new Focus("", "body", "", "", "", false, false)
                : new Focus((String) f.get("id"), (String) f.get("tag"), (String) f.get("role"), (String) f.get("text"),
                        (String) f.get("label"), Boolean.TRUE.equals(f.get("ring")), Boolean.TRUE.equals(f.get("onScreen")));
    }

    /** Presses these keys (a key, a chord such as Shift+Tab, or text to type) where the focus is. */
    Keyboard press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
        return this;
    }

    /** Types text where the focus is, key by key. */
    Keyboard type(String text) {
        return press(text);
    }

    /** Tabs forward until the focus is on what is wanted, checking that each stop on the way shows its focus. */
    Focus tabTo(String wanted, Predicate<Focus> target) {
        return move(wanted, target, false);
    }

    /** Tabs backwards (Shift+Tab) until the focus is on what is wanted, checking each stop on the way. */
    Focus shiftTabTo(String wanted, Predicate<Focus> target) {
        return move(wanted, target, true);
    }

    Focus tabToId(String id) {
        return tabTo("#" + id, f -> f.id().equals(id));
    }

    Focus tabToText(String text) {
        return tabTo("'" + text + "'", f -> f.text().equals(text));
    }

    private Focus move(String wanted, Predicate<Focus> target, boolean backwards) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < MOST_TABS; i++) {
            // Shift is held down for the Tab (a chord sent as text would press and let go of Shift first).
            Actions tab = new Actions(browser.driver());
            (backwards ? tab.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT) : tab.sendKeys(Keys.TAB)).perform();
            Focus now = focused();
            path.add(now.toString());
            stops.add(browser.url().replaceAll(".*/", "") + " " + now);
            if (now.tag().equals("body")) {
                throw new AssertionError("Tab left the page (or the focus was lost) before reaching " + wanted + " on " + browser.url()
                        + "; the stops were:\n" + String.join("\n", path));
            }
            assertShown(now);
            if (target.test(now)) {
                return now;
            }
        }
        throw new AssertionError("Tab never reached " + wanted + " on " + browser.url() + "; the stops were:\n" + String.join("\n", path));
    }

    /** The focus is drawn and on the screen. */
    void assertShown(Focus now) {
        assertThat(now.ring()).as("a visible focus indicator on " + now + " at " + browser.url()).isTrue();
        assertThat(now.onScreen()).as("the focused " + now + " is on the screen at " + browser.url()).isTrue();
    }

    /**
     * From the top of a freshly loaded page: the first Tab stop is the skip link, which shows itself, and Enter on it
     * puts the focus on the main content, so the next Tab goes to the first control of the page's own content.
     */
    Keyboard skipToMain() {
        Focus first = press(Keys.TAB).focused();
        assertThat(first.text()).as("the first Tab stop of " + browser.url()).isEqualTo("Skip to content");
        assertShown(first);
        press(Keys.ENTER);
        browser.waiting().until(d -> "main".equals(focused().tag()));
        return this;
    }

    /** Enter on a link or button that opens another page; waits until that page has replaced this one. */
    Keyboard enterAndWaitFor(String urlPart) {
        press(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains(urlPart));
        browser.waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
        return this;
    }

    /** Every Tab stop so far, with its page: how many keys the journey took. */
    List<String> stops() {
        return List.copyOf(stops);
    }

    WebElement element() {
        return browser.driver().switchTo().activeElement();
    }

    /** The focused element: its id, tag, role, text (or value), the text of its label, whether its focus is drawn and on the screen. */
    record Focus(String id, String tag, String role, String text, String label, boolean ring, boolean onScreen) {
        @Override
        public String toString() {
            return tag + (id.isEmpty() ? "" : "#" + id) + (role.isEmpty() ? "" : "[" + role + "]")
                    + (text.isEmpty() ? "" : " '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'")
                    + (label.isEmpty() ? "" : " (" + label + ")");
        }
    }
}
