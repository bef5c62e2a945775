package dimple.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;

/**
 * axe-core (from the {@code com.deque.html.axe-core:selenium} jar, test scope) run on each state of each page a
 * {@link Browser} shows, failing the browser test on every serious or critical violation of the WCAG 2.0, 2.1 and
 * 2.2 A and AA rules (docs/adr/0043).
 *
 * <p>The script is put into every document before the page's own scripts (as the browser's listener for policy
 * violations is), so a check costs no transfer. A page is checked when it is reached and again whenever its state
 * changes in a way a person sees: a dialog, menu or overlay opens, a field is marked invalid, messages appear, the
 * viewport becomes a phone's. Each such state is checked once per build and role (see {@link #CHECKED} and
 * {@link #SHARED}); running
 * animations are let finish first, so a half-faded dialog is not measured for contrast.
 */
final class AccessibilityCheck {
    /** WCAG 2.0, 2.1 and 2.2, levels A and AA (2.2 added only AA rules to axe). */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /**
     * Findings that are not barriers, each one rule on elements matching one CSS selector, with the reason. Never a
     * whole rule; keep the list short and docs/adr/0043 in step with it.
     */
    private static final List<List<String>> NOT_BARRIERS = List.of(
            // PrimeFaces' select menus: the options' scrolling box is not focusable, but nobody needs to focus it: the
            // menu is worked from its combobox with the arrow keys (aria-activedescendant), which scrolls the active
            // option into view, as the WAI-ARIA select-only combobox pattern has it.
            List.of("scrollable-region-focusable", ".ui-selectonemenu-panel > .ui-selectonemenu-items-wrapper"));

    private static final String AXE = axeScript();
    /** A record's id or number in a query, which makes no other screen of it. */
    private static final String RECORD_ID = "(?<==)[0-9a-fA-F-]{8,}|(?<==)[0-9]+";
    /** How long a check waits for a page to finish loading, answering or animating before leaving it to the next. */
    private static final long SETTLING = 1_500_000_000L;

    /**
     * The page's state as a person sees it, or null while the page is still loading or animating: the path, and
     * which dialogs, menus and overlays are open, whether a field is marked invalid or messages are shown, and
     * whether the viewport is a phone's. Empty for a page that is not Dimple's (a test's stand-in for another site).
     */
    private static final String STATE = """
            if (location.href.indexOf(arguments[0]) !== 0) { return ''; }
            if (!window.axe || document.readyState !== 'complete' || !document.body) { return null; }
            if (window.PrimeFaces && !PrimeFaces.ajax.Queue.isEmpty()) { return null; }
            if (window.dimpleAjax && !dimpleAjax.idle()) { return null; }
            if (window.jQuery && jQuery(':animated').length > 0) { return null; }
            var moving = document.getAnimations ? document.getAnimations().filter(function (a) {
                return a.playState === 'running' && a.effect && a.effect.getComputedTiming().iterations !== Infinity;
            }) : [];
            if (moving.length > 0) { return null; }
            var shown = function (e) { return !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length); };
            var names = function (selector) {
                return Array.prototype.filter.call(document.querySelectorAll(selector), shown)
                    .map(function (e) {
                        var kind = typeof e.className === 'string' ? e.className.split(' ')[0] : '';
                        return e.id || kind || e.tagName.toLowerCase();
                    }).sort().join(',');
            };
            var state = [];
            var open = names('.ui-dialog, [role=dialog], [role=alertdialog], .ui-overlaypanel, .ui-selectonemenu-panel,'
                + ' .ui-selectcheckboxmenu-panel, .ui-autocomplete-panel, .ui-datepicker, .ui-menu.ui-shadow');
            if (open) { state.push('open: ' + open); }
            var expanded = names('[aria-expanded=true]');
            if (expanded) { state.push('expanded: ' + expanded); }
            if (document.querySelector('[aria-invalid=true]')) { state.push('fields marked invalid'); }
            var messages = names('.ui-messages-error, .ui-messages-warn, .ui-messages-info, .ui-message-error, .ui-growl-item');
            if (messages) { state.push('messages: ' + messages); }
            if (window.innerWidth <= 480) { state.push('phone width'); }
            // Who sees it, by what they may do: the menu a person's permissions give them (not their name, so the many
            // people the tests make for themselves with the same roles share their states).
            var menu = Array.prototype.map.call(document.querySelectorAll('header nav a[href]'), function (a) {
                return a.pathname.split('/').pop();
            }).join(' ');
            state.push(document.querySelector('.who a') ? 'seen by one who may use: ' + menu : 'signed out');
            return location.pathname + location.search + ' (' + state.join('; ') + ')';
            """;

    /** Runs axe on the document and answers its serious and critical findings, node by node, as plain maps. */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            var notBarriers = arguments[1];
            var excepted = function (rule, target) {
                var element = target.length === 1 ? document.querySelector(target[0]) : null;
                return !!element && notBarriers.some(function (n) { return n[0] === rule && element.matches(n[1]); });
            };
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'],
                    elementRef: false, ancestry: false, xpath: false, iframes: false, preload: false,
                    performanceTimer: false }).then(function (results) {
                var found = [];
                results.violations.forEach(function (v) {
                    v.nodes.forEach(function (n) {
                        if ((n.impact === 'serious' || n.impact === 'critical') && !excepted(v.id, n.target)) {
                            found.push({ rule: v.id, impact: n.impact, help: v.help, target: n.target.join(' >>> '),
                                html: n.html, summary: n.failureSummary });
                        }
                    });
                });
                done(found);
            }, function (e) { done('axe failed: ' + e); });
            """;

    /**
     * The states checked by any browser of this JVM (a fork runs many test classes), each a page's path, its query with
     * record ids left out, and what {@link #STATE} saw, including what the person signed in may use: the same screen
     * shown to people with the same menu in the same state is checked once, by the first test that shows it, which then fails if it has a barrier.
     */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
    /**
     * Where the forks of one build note the states they checked (beside the forks' data folders, {@code DIMPLE_DATA_DIR}
     * set by the POM), so a state two forks show is checked by the first only; none outside a build.
     */
    private static final Path SHARED = Optional.ofNullable(System.getenv("DIMPLE_DATA_DIR"))
            .map(dir -> Path.of(dir).toAbsolutePath().getParent()).map(build -> build.resolve("axe-checked")).orElse(null);
    private final Map<String, String> violations = new LinkedHashMap<>();
    private final String base;
    private final String contextPath;
    private int checks;
    private long nanos;
    private long axeNanos;

    /** Checks the pages under this base address (with its trailing slash), and no others. */
    AccessibilityCheck(String base) {
        this.base = base;
        this.contextPath = URI.create(base).getPath();
    }

    /** The script every new document gets before its own: axe itself. */
    static String script() {
        return AXE;
    }

    /**
     * Checks the page as it is now, unless this state of it was checked already or the page is still loading,
     * waiting for an answer or animating (then a later call sees it settled). A page that goes away meanwhile is
     * left to the next call.
     */
    @SuppressWarnings("unchecked")
    void check(JavascriptExecutor page) {
        long start = System.nanoTime();
        try {
            Object state = page.executeScript(STATE, base);
            for (long until = start + SETTLING; state == null && System.nanoTime() < until; state = page.executeScript(STATE, base)) {
                Thread.sleep(50);
            }
            if (!(state instanceof String key) || key.isEmpty() || !firstToCheck(key.replaceAll(RECORD_ID, "…"))) {
                return;
            }
            checks++;
            long run = System.nanoTime();
            Object found = page.executeAsyncScript(RUN, TAGS, NOT_BARRIERS);
            axeNanos += System.nanoTime() - run;
            if (found instanceof String failure) {
                throw new AssertionError(failure + " on " + shown(key));
            }
            for (Map<String, Object> node : (List<Map<String, Object>>) found) {
                record(shown(key), node);
            }
        } catch (WebDriverException pageWentAway) {
            // The page was replaced while it was read; the next call checks the new one.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    /** Whether this is the first check of the state in this build: in this JVM, and (a file made atomically) in any fork. */
    private static boolean firstToCheck(String state) {
        if (!CHECKED.add(state)) {
            return false;
        }
        if (SHARED == null) {
            return true;
        }
        try {
            Files.createDirectories(SHARED);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            Files.writeString(SHARED.resolve(HexFormat.of().formatHex(digest)), state, StandardOpenOption.CREATE_NEW);
            return true;
        } catch (FileAlreadyExistsException otherFork) {
            return false;
        } catch (IOException | NoSuchAlgorithmException e) {
            return true;
        }
    }

    private String shown(String state) {
        return state.startsWith(contextPath) ? state.substring(contextPath.length()) : state;
    }

    private void record(String page, Map<String, Object> node) {
        String rule = (String) node.get("rule");
        String target = (String) node.get("target");
        String path = page.replaceAll("[?( ].*", "");
        violations.putIfAbsent(rule + " " + target + " " + path, rule + " (" + node.get("impact") + "): " + node.get("help")
                + "\n    page:    " + page
                + "\n    element: " + target
                + "\n    html:    " + node.get("html")
                + "\n    " + String.valueOf(node.get("summary")).replace("\n", "\n      "));
    }

    /** Every serious or critical violation found so far, one readable paragraph each (the first page state it showed on). */
    List<String> violations() {
        return new ArrayList<>(violations.values());
    }

    /** How many page states were checked, and the time spent on them, for the test's output. */
    String cost() {
        return "axe-core checked " + checks + " page states in " + nanos / 1_000_000 + " ms (" + axeNanos / 1_000_000
                + " ms running axe, the rest reading and waiting for the page's state)";
    }

    private static String axeScript() {
        try (InputStream in = AccessibilityCheck.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
