package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person who uses the keyboard only: every key goes to whatever has the focus (Selenium's {@link Actions}, as a real
 * keyboard would), nothing is clicked. Each Tab stop is checked on the way: the element that has the focus shows it (an
 * outline or a ring drawn by the page or by the PrimeFaces widget around it, with 3:1 against what is behind it) and lies
 * on the screen.
 */
final class Keyboard {
    /** More Tab stops than any page has before its last control: a journey that needs more is lost in the page. */
    private static final int MOST_TABS = 250;

    /** WCAG 2.2 1.4.11: a focus indicator needs 3:1 against the colours next to it. */
    static final double LEAST_CONTRAST = 3.0;

    /**
     * What the focused element is, and how its focus is drawn: each band of an outline or an outer box shadow at least
     * 2px wide, on the element itself or, for a PrimeFaces widget whose real input is hidden for screen readers only
     * (select menu, radio button, check box), on the widget or the part of it that PrimeFaces marks
     * {@code ui-state-focus}; a hidden input's own outline is not seen by anyone and does not count. Each band's contrast
     * is measured against the colour behind the element (the nearest backgrounds of its ancestors, laid over white).
     */
    private static final String FOCUSED = """
            var el = document.activeElement;
            if (!el || el === document.body) { return null; }
            function rgba(c) {
              var m = /rgba?\\(([^)]+)\\)/.exec(c || '');
              if (!m) { return null; }
              var p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(parseFloat);
              return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
            }
            function over(top, below) {
              return below.map(function (v, k) { return top[k] * top[3] + v * (1 - top[3]); });
            }
            function luminance(p) {
              var l = p.map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
            }
            function contrast(a, b) {
              var x = luminance(a), y = luminance(b);
              return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
            }
            function behind(e) {
              var layers = [];
              for (var p = e.parentElement; p; p = p.parentElement) {
                var c = rgba(getComputedStyle(p).backgroundColor);
                if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) { break; } }
              }
              var ground = [255, 255, 255];
              for (var i = layers.length - 1; i >= 0; i--) { ground = over(layers[i], ground); }
              return ground;
            }
            function bands(e) {
              var s = getComputedStyle(e), found = [];
              if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) {
                found.push({ colour: rgba(s.outlineColor), width: parseFloat(s.outlineWidth), kind: 'outline' });
              }
              (s.boxShadow && s.boxShadow !== 'none' ? s.boxShadow.split(/,(?![^(]*\\))/) : []).forEach(function (shadow) {
                var lengths = (shadow.replace(/rgba?\\([^)]*\\)/, '').match(/-?[\\d.]+px/g) || []).map(parseFloat);
                if (!/inset/.test(shadow) && (lengths[3] || 0) >= 2) {
                  found.push({ colour: rgba(shadow), width: lengths[3], kind: 'shadow' });
                }
              });
              return found.filter(function (b) { return b.colour && b.colour[3] > 0; });
            }
            var widget = el.closest('.ui-selectonemenu, .ui-radiobutton, .ui-chkbox, .ui-autocomplete, .ui-selectcheckboxmenu');
            var drawn = el.closest('.ui-helper-hidden-accessible') ? [] : [el];
            if (widget) {
              drawn.push(widget);
              widget.querySelectorAll('.ui-state-focus').forEach(function (part) { drawn.push(part); });
            }
            var best = 0, seen = [];
            drawn.forEach(function (e) {
              var ground = behind(e);
              bands(e).forEach(function (b) {
                var c = contrast(over(b.colour, ground), ground);
                seen.push(b.kind + ' ' + b.width + 'px rgb(' + b.colour.slice(0, 3).map(Math.round) + ') on rgb('
                          + ground.map(Math.round) + ') ' + c.toFixed(1) + ':1');
                best = Math.max(best, c);
              });
            });
            var box = (widget || el).getBoundingClientRect();
            return { id: el.id || '', tag: el.tagName.toLowerCase(), role: el.getAttribute('role') || '',
                     text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' '),
                     label: el.labels && el.labels.length ? el.labels[0].innerText.trim() : '',
                     contrast: best, ring: seen.join('; ') || 'none',
                     onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
                               && box.top < innerHeight && box.left < innerWidth };
            """;

    private final Browser browser;
    private final List<String> stops = new ArrayList<>();

    Keyboard(Browser browser) {
        this.browser = browser;
        // A person at the keyboard types into a window that has the focus. A browser the tests reuse works in a window it
        // opened anew, which Chromium does not count as focused: there no element matches :focus until a key is pressed,
        // and a new page loses it again, so a field a script focuses after a page load showed no ring (docs/adr/0044).
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
    }

    /** The focused element as the page sees it now. */
    Focus focused() {
        @SuppressWarnings("unchecked")
        Map<String, Object> f = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(FOCUSED);
        return f == null ? new Focus("", "body", "", "", "", 0, "none", false)
                : new Focus((String) f.get("id"), (String) f.get("tag"), (String) f.get("role"), (String) f.get("text"),
                        (String) f.get("label"), ((Number) f.get("contrast")).doubleValue(), (String) f.get("ring"),
                        Boolean.TRUE.equals(f.get("onScreen")));
    }

    /**
     * Presses these keys (a key, a chord such as Shift+Tab, or text to type) where the focus is. A key that acts
     * (Enter, Space, Escape) may show a new page or state, which axe then checks as after a click (docs/adr/0043).
     */
    Keyboard press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
        // A person sees the answer to a key before pressing the next: a choice that shows a note above the next control
        // (the small-team warning) would otherwise push that control off the screen after Tab has scrolled to it.
        browser.ajaxAnswered();
        if (Arrays.stream(keys).anyMatch(key -> key == Keys.ENTER || key == Keys.RETURN || key == Keys.SPACE || key == Keys.ESCAPE)) {
            browser.checkAccessibility();
        }
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

    /**
     * The focus is on this element already (a dialog that opened put it there, a closed one gave it back) and shows it,
     * or Tab moves it there.
     */
    Focus reach(String id) {
        Focus now = focused();
        if (now.id().equals(id)) {
            assertShown(now);
            return now;
        }
        // Backwards when the element comes before the focus, or when the focus was lost (a closed dialog took it along:
        // the browser then goes on from where the dialog was, or from the end of the page).
        boolean before = Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "var target = document.getElementById(arguments[0]), at = document.activeElement;"
                + " return !at || at === document.body || !!(target.compareDocumentPosition(at) & Node.DOCUMENT_POSITION_FOLLOWING);", id));
        return before ? shiftTabTo("#" + id, f -> f.id().equals(id)) : tabToId(id);
    }

    /** Whether the focus is inside the element this CSS selector finds (a dialog, say). */
    boolean focusIsIn(String selector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "var box = document.querySelector(arguments[0]); return !!box && box.contains(document.activeElement);", selector));
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

    /**
     * The focus is drawn, with at least 3:1 against what is behind it, and on the screen. A browser on a busy machine may
     * take a moment to scroll the element into view after the key, so it is given up to two seconds.
     */
    void assertShown(Focus seen) {
        Focus now = seen;
        for (int i = 0; i < 20 && !(now.contrast() >= LEAST_CONTRAST && now.onScreen()); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            now = focused();
        }
        assertThat(now.contrast()).as("a focus indicator with " + LEAST_CONTRAST + ":1 on " + now + " at " + browser.url()
                + " (drawn: " + now.ring() + ")").isGreaterThanOrEqualTo(LEAST_CONTRAST);
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

    /**
     * The focused element: its id, tag, role, text (or value), the text of its label, the best contrast of the bands
     * that draw its focus and those bands in words, and whether it is on the screen.
     */
    record Focus(String id, String tag, String role, String text, String label, double contrast, String ring, boolean onScreen) {
        @Override
        public String toString() {
            return tag + (id.isEmpty() ? "" : "#" + id) + (role.isEmpty() ? "" : "[" + role + "]")
                    + (text.isEmpty() ? "" : " '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'")
                    + (label.isEmpty() ? "" : " (" + label + ")");
        }
    }
}
