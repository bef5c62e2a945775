package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * box), and it has its skip link first in the tab order, one {@code main}, a {@code nav} and one {@code h1}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ZoomBrowserIT {
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
     * first thing Tab reaches is a skip link to the main content, and the widest element sticking out (to say what to fix).
     */
    private static final String FACTS = """
            var page = document.scrollingElement, width = page.clientWidth;
            var focusable = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')).filter(function (e) {
              return e.type !== 'hidden' && !e.disabled && e.getAttribute('tabindex') !== '-1' && !e.closest('[hidden]');
            });
            var first = focusable[0], target = first && first.getAttribute('href') === '#main' ? document.getElementById('main') : null;
            var wide = Array.from(document.querySelectorAll('main *, header *, footer *')).filter(function (e) {
              var box = e.getBoundingClientRect();
              return box.width > 0 && box.right + scrollX > width + 1 && !e.closest('.chart-numbers, .ui-datatable-tablewrapper, .skip-link')
                  && getComputedStyle(e).visibility !== 'hidden';
            }).map(function (e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                  ? '.' + e.className.trim().split(/\\s+/).join('.') : ''); });
            return { scrollWidth: page.scrollWidth, clientWidth: width, mains: document.querySelectorAll('main, [role=main]').length,
                     navs: document.querySelectorAll('nav, [role=navigation]').length, h1s: document.querySelectorAll('h1').length,
                     skipLink: !!first && first.classList.contains('skip-link') && !!target && target.tagName === 'MAIN',
                     firstStop: first ? first.outerHTML.substring(0, 80) : 'nothing', wide: wide.slice(0, 3).join(', ') };
            """;

    @Test
    void everyPageEachPersonReaches_fitsAPhoneAndA200PercentZoom_withASkipLinkLandmarksAndAHeading() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        long started = System.nanoTime();
        Map<String, String> ids = null;
        for (String person : List.of("emma", "lena", "hana", "admin")) {
            try (Browser browser = Browser.open(base)) {
                browser.signIn(person, Http.DEMO_PASSWORD);
                // After the first sign-in: a freshly started server on a busy machine can take longer for its first API calls.
                ids = ids == null ? AccessMatrixIT.demoRecords(Http.api(base)) : ids;
                List<String> pages = pagesOf(person, ids);
                for (Screen screen : SCREENS) {
                    show(browser, screen);
                    for (String page : pages) {
                        checked++;
                        problems.addAll(check(browser, person, page, screen, true));
                    }
                }
            }
        }
        try (Browser browser = Browser.open(base)) {
            for (Screen screen : SCREENS) {
                show(browser, screen);
                for (String page : new TreeSet<>(AccessMatrixIT.PUBLIC_PAGES)) {
                    checked++;
                    problems.addAll(check(browser, "signed out", page, screen, true));
                }
                for (String page : STATIC_PAGES) {
                    checked++;
                    problems.addAll(check(browser, "signed out", page, screen, false));
                }
            }
        }
        System.out.printf("ZoomBrowserIT: %d page views (%d pages at 2 sizes) checked in %.1f s%n", checked, checked / SCREENS.size(),
                (System.nanoTime() - started) / 1e9);
        assertThat(problems).as("pages that scroll sideways or miss a landmark, a heading or the skip link").isEmpty();
        assertThat(checked).as("pages checked").isGreaterThan(100);
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

    /** The page at this size from its first paint on, as a phone or a zoomed browser lays it out. */
    private static void show(Browser browser, Screen screen) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width(),
                "height", screen.height(), "deviceScaleFactor", screen.scale(), "mobile", screen.mobile()));
    }

    private static List<String> check(Browser browser, String person, String page, Screen screen, boolean withNav) {
        browser.go(page);
        browser.heading();
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(FACTS);
        String where = person + ", " + page.replaceAll("id=[0-9a-f-]+", "id=…") + ", " + screen.name() + ": ";
        List<String> problems = new ArrayList<>();
        long scrollWidth = ((Number) facts.get("scrollWidth")).longValue();
        long clientWidth = ((Number) facts.get("clientWidth")).longValue();
        if (scrollWidth > clientWidth) {
            problems.add(where + "scrolls sideways (" + scrollWidth + " px of " + clientWidth + "; sticking out: " + facts.get("wide") + ")");
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
