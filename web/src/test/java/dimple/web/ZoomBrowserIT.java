package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page each demo person reaches (the table of {@link AccessMatrixIT}, with records of their own team), and the pages
 * anyone reaches signed out, on a 390 px phone and on a 1280 px screen zoomed to 200 % (a 640 px wide page drawn at twice
 * the size, as the browser's zoom makes it): the page never scrolls sideways (a wide table may scroll inside its own
 * box), no box on it is too narrow for a word it holds (a table's words stacked letter by letter), and it has its skip
 * link first in the tab order, one {@code main}, a {@code nav} and one {@code h1}. Each page is loaded once for both sizes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ZoomBrowserIT {
    private static final Logger LOG = Logger.getLogger(ZoomBrowserIT.class.getName());
    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    /** A phone, and 1280 px at 200 %: the page's own width in CSS pixels, and how many device pixels each one takes. */
    private record Screen(String name, int width, int height, int scale, boolean mobile) {
    }

    private static final List<Screen> SCREENS = List.of(new Screen("phone 390 px", 390, 844, 1, true),
            new Screen("1280 px at 200 %", 640, 450, 2, false));

    /** Static pages a server error or a refused request shows: no menu, so no {@code nav}, but a skip link, a main and a heading. */
    private static final List<String> STATIC_PAGES = List.of("error/400.html", "error/403.html", "error/404.html", "error/405.html",
            "error/411.html", "error/413.html", "error/500.html", "error/expired.html");

    /**
     * What a page is made of, read in one round trip: how far it scrolls sideways, its landmarks and headings, whether the
     * first thing Tab reaches is a skip link to the main content, the widest element sticking out (to say what to fix),
     * and the words a box is too narrow for.
     *
     * <p>Squeezed words: long words may break anywhere ({@code overflow-wrap: anywhere}, so that a long address never
     * widens the page), which also lets a table squeeze a column to a letter's width, its words stacked letter by letter,
     * without anything sticking out. So each run of letters and digits in the page's text is measured with a
     * {@code Range}: a word whose boxes lie on more than one line was broken inside a box narrower than it. That is
     * fine for a word wider than the content column itself (a long address on a phone), so only words no wider than
     * {@code main}'s content box count. Text in a box of one pixel with its overflow clipped (text for screen readers
     * only) is not seen and left out. Only text on more than one line is measured word by word, which keeps this to a
     * few milliseconds a page. Unlike a cell's {@code scrollWidth}, this does not depend on how a cell wraps or clips,
     * and it names the word.
     */
    private static final String FACTS = """
            var page = document.scrollingElement, width = page.clientWidth;
            var focusable = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')).filter(function (e) {
              return e.type !== 'hidden' && !e.disabled && e.getAttribute('tabindex') !== '-1' && !e.closest('[hidden]');
            });
            var first = focusable[0], target = first && first.getAttribute('href') === '#main' ? document.getElementById('main') : null;
            var name = function (e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                  ? '.' + e.className.trim().split(/\\s+/).join('.') : ''); };
            var wide = Array.from(document.querySelectorAll('main *, header *, footer *')).filter(function (e) {
              var box = e.getBoundingClientRect();
              return box.width > 0 && box.right + scrollX > width + 1 && !e.closest('.chart-numbers, .ui-datatable-tablewrapper, .skip-link')
                  && getComputedStyle(e).visibility !== 'hidden';
            }).map(name);
            var main = document.querySelector('main') || document.body, mainStyle = getComputedStyle(main);
            var column = main.clientWidth - parseFloat(mainStyle.paddingLeft) - parseFloat(mainStyle.paddingRight);
            var unseen = new Map();
            var hidden = function (e) {
              if (!e || e === document.body) { return false; }
              if (!unseen.has(e)) { unseen.set(e, (e.offsetWidth <= 1 && getComputedStyle(e).overflow !== 'visible') || hidden(e.parentElement)); }
              return unseen.get(e);
            };
            var squeezed = [], range = document.createRange(), texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (var text = texts.nextNode(); text && squeezed.length < 5; text = texts.nextNode()) {
              var box = text.parentElement;
              if (!box || box.closest('script, style, noscript, template')) { continue; }
              range.selectNodeContents(text);
              if (range.getClientRects().length < 2 || hidden(box)) { continue; } // on one line: no word of it is broken
              var words = /[\\p{L}\\p{N}]{2,}/gu, word;
              while ((word = words.exec(text.data)) !== null && squeezed.length < 5) {
                range.setStart(text, word.index);
                range.setEnd(text, word.index + word[0].length);
                var parts = Array.from(range.getClientRects()).filter(function (r) { return r.width > 0; });
                var lines = new Set(parts.map(function (r) { return Math.round(r.top); })).size;
                var wordWidth = parts.reduce(function (sum, r) { return sum + r.width; }, 0);
                if (lines > 1 && wordWidth <= column) {
                  var cell = box.closest('td, th') || box;
                  squeezed.push('"' + word[0] + '" on ' + lines + ' lines in ' + name(cell) + ' (' + Math.round(cell.getBoundingClientRect().width)
                      + ' px wide, the word ' + Math.round(wordWidth) + ' px)');
                }
              }
            }
            return { scrollWidth: page.scrollWidth, clientWidth: width, mains: document.querySelectorAll('main, [role=main]').length,
                     navs: document.querySelectorAll('nav, [role=navigation]').length, h1s: document.querySelectorAll('h1').length,
                     skipLink: !!first && first.classList.contains('skip-link') && !!target && target.tagName === 'MAIN',
                     firstStop: first ? first.outerHTML.substring(0, 80) : 'nothing', wide: wide.slice(0, 3).join(', '),
                     squeezed: squeezed.join('; ') };
            """;

    @Test
    void everyPageEachPersonReaches_fitsAPhoneAndA200PercentZoom_withASkipLinkLandmarksAndAHeading() {
        List<String> problems = new ArrayList<>();
        int loads = 0;
        long started = System.nanoTime();
        Map<String, String> ids = null;
        for (String person : List.of("emma", "lena", "hana", "admin")) {
            try (Browser browser = Browser.open(base)) {
                browser.signIn(person, Http.DEMO_PASSWORD);
                // After the first sign-in: a freshly started server on a busy machine can take longer for its first API calls.
                ids = ids == null ? AccessMatrixIT.demoRecords(Http.api(base)) : ids;
                for (String page : pagesOf(person, ids)) {
                    loads++;
                    problems.addAll(check(browser, person, page, true));
                }
            }
        }
        try (Browser browser = Browser.open(base)) {
            for (String page : new TreeSet<>(AccessMatrixIT.PUBLIC_PAGES)) {
                loads++;
                problems.addAll(check(browser, "signed out", page, true));
            }
            for (String page : STATIC_PAGES) {
                loads++;
                problems.addAll(check(browser, "signed out", page, false));
            }
        }
        int loaded = loads;
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info(() -> String.format(Locale.ROOT, "%d pages loaded, each checked at %d sizes, in %.1f s", loaded,
                SCREENS.size(), seconds));
        assertThat(problems).as("pages that scroll sideways, squeeze words or miss a landmark, a heading or the skip link").isEmpty();
        assertThat(loads).as("pages checked").isGreaterThan(80);
    }

    /** The pages of the matrix this person may use; the matrix's record pages belong to another team, so emma's and lena's own too. */
    private List<String> pagesOf(String person, Map<String, String> ids) {
        List<String> pages = new ArrayList<>();
        new TreeMap<>(AccessMatrixIT.PAGES).forEach((page, people) -> {
            if (people.contains(person)) {
                pages.add(AccessMatrixIT.withIds(page, ids));
            }
        });
        Http api = Http.api(base);
        if (person.equals("emma")) {
            pages.add("report/view.xhtml?id=" + AccessMatrixIT.firstId(api.get("api/reports?mine=true", "emma")));
        } else if (person.equals("lena")) {
            pages.addAll(List.of("report/view.xhtml?id=" + AccessMatrixIT.firstId(api.get("api/reports?team=Front%20Desk", "lena")),
                    "recovery/case.xhtml?id=" + AccessMatrixIT.firstId(api.get("api/recoveries?due=all&team=Front%20Desk", "lena")),
                    "review/view.xhtml?id=" + AccessMatrixIT.firstId(api.get("api/reviews", "lena"))));
        }
        return pages;
    }

    /** The next page at this size from its first paint on, as a phone or a zoomed browser lays it out. */
    private static void show(Browser browser, Screen screen) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width(),
                "height", screen.height(), "deviceScaleFactor", screen.scale(), "mobile", screen.mobile()));
    }

    /** The page shown now, at this size once its window has taken it on. */
    private static void resize(Browser browser, Screen screen) {
        show(browser, screen);
        browser.waiting().until(d -> Long.valueOf(screen.width()).equals(((JavascriptExecutor) d).executeScript("return window.innerWidth;")));
    }

    /**
     * One page load for both sizes: the page is opened on the phone, checked, then widened to the zoomed screen and checked
     * again, as a person zooms a page they have open. Both sizes lay the page out with the phone's rules (they start
     * below 40rem, 640 px), so a load at each size showed nothing a resize does not, at twice the loads; axe-core checks
     * the widened page as a new state, as it did the page loaded at that size.
     */
    private static List<String> check(Browser browser, String person, String page, boolean withNav) {
        show(browser, SCREENS.get(0));
        browser.go(page);
        browser.heading();
        List<String> problems = new ArrayList<>();
        for (Screen screen : SCREENS) {
            if (screen != SCREENS.get(0)) {
                resize(browser, screen);
                browser.checkAccessibility();
            }
            problems.addAll(problems(browser, person + ", " + page.replaceAll("id=[0-9a-f-]+", "id=…") + ", " + screen.name() + ": ",
                    withNav));
        }
        return problems;
    }

    private static List<String> problems(Browser browser, String where, boolean withNav) {
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(FACTS);
        List<String> problems = new ArrayList<>();
        long scrollWidth = ((Number) facts.get("scrollWidth")).longValue();
        long clientWidth = ((Number) facts.get("clientWidth")).longValue();
        if (scrollWidth > clientWidth) {
            problems.add(where + "scrolls sideways (" + scrollWidth + " px of " + clientWidth + "; sticking out: " + facts.get("wide") + ")");
        }
        if (!facts.get("squeezed").toString().isEmpty()) {
            problems.add(where + "a box narrower than a word it holds breaks the word: " + facts.get("squeezed"));
        }
        if (((Number) facts.get("mains")).intValue() != 1) {
            problems.add(where + facts.get("mains") + " main landmarks");
        }
        if (withNav && ((Number) facts.get("navs")).intValue() < 1) {
            problems.add(where + "no nav landmark");
        }
        if (((Number) facts.get("h1s")).intValue() != 1) {
            problems.add(where + facts.get("h1s") + " h1 headings");
        }
        if (!Boolean.TRUE.equals(facts.get("skipLink"))) {
            problems.add(where + "the first Tab stop is not a skip link to main but " + facts.get("firstStop"));
        }
        return problems;
    }
}
