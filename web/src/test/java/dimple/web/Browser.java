package dimple.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, for the browser tests. Chromium and its driver come
 * from Debian ({@code apt-get install chromium chromium-driver}); nothing is downloaded at run time.
 *
 * <p>Closing the browser fails the test if the Content-Security-Policy blocked something on any page it
 * showed (an inline script or handler, an {@code eval}): such a page looks fine and silently does nothing
 * (ADR 16). Chromium logs a blocked inline script to its console but not an {@code eval} that a script
 * caught, so every page also gets a listener for the browser's {@code securitypolicyviolation} events that
 * writes each one to the console.
 *
 * <p>Closing also fails the test on every serious or critical accessibility violation that axe-core found (WCAG 2.0,
 * 2.1, 2.2 A and AA; docs/adr/0043). Each page is checked when it is reached ({@link #go}, after a {@link #click},
 * {@link #settled}, reading its {@link #text} or {@link #heading}, a screenshot, an open select menu) and again in
 * each new state a person would see (a dialog or menu open, fields marked invalid, messages, a phone's width), so a
 * test checks every page it visits without saying so.
 */
public final class Browser implements AutoCloseable {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    /** Browsers closed by earlier tests of this JVM, ready for the next (see {@link #asNew}); quit when the JVM exits. */
    private static final Deque<ChromeDriver> IDLE = new ConcurrentLinkedDeque<>();
    /** Every origin a browser of this JVM was opened on, whose stored data a reused browser forgets. */
    private static final Set<String> ORIGINS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.forEach(Browser::quitQuietly), "quit idle browsers"));
    }

    private final ChromeDriver driver;
    private final boolean reusable;
    private final String base;
    private final WebDriverWait wait;
    private final List<String> cspViolations = new ArrayList<>();
    private final AccessibilityCheck accessibility;
    /** The test class that opened this browser, named beside the accessibility check's cost when it closes. */
    private final String openedBy;
    /** Runs in every page before its own scripts; scripts added through the DevTools protocol are not subject to the policy. */
    private static final String REPORT_CSP_VIOLATIONS = "document.addEventListener('securitypolicyviolation', function (e) {"
            + " console.error('Content Security Policy violation: ' + e.effectiveDirective + ' refused ' + e.blockedURI"
            + " + ' on ' + e.documentURI + (e.sample ? ': ' + e.sample : '')); });";

    private Browser(ChromeDriver driver, String base, boolean reusable) {
        this.driver = driver;
        this.reusable = reusable;
        this.base = base.endsWith("/") ? base : base + "/";
        ORIGINS.add(URI.create(this.base).resolve("/").toString().replaceAll("/$", ""));
        // Ajax updates replace elements while a test waits on them: a stale element means "look again".
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // Looked at again every 100 ms, not Selenium's 500: the tests wait thousands of times for an answer that
        // mostly comes within a few hundred milliseconds, and each look is one cheap command.
        this.wait.pollingEvery(Duration.ofMillis(100));
        this.wait.ignoring(StaleElementReferenceException.class);
        this.accessibility = new AccessibilityCheck(this.base);
        this.openedBy = StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(name -> !name.equals(Browser.class.getName())).findFirst().orElse("?")).replaceAll(".*\\.", "");
    }

    public static Browser open(URL base) {
        return open(base, null);
    }

    /** A browser that saves downloads, without asking, into this folder. */
    public static Browser openDownloadingTo(URL base, Path downloads) {
        return open(base, downloads);
    }

    private static Browser open(URL base, Path downloads) {
        if (downloads == null) {
            for (ChromeDriver idle = IDLE.poll(); idle != null; idle = IDLE.poll()) {
                try {
                    return new Browser(asNew(idle), base.toExternalForm(), true);
                } catch (RuntimeException broken) {
                    quitQuietly(idle);
                }
            }
        }
        ChromeOptions options = new ChromeOptions();
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    "safebrowsing.enabled", false));
        }
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=" + WIDTH + "," + HEIGHT, "--lang=en");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        addScriptsToEveryPage(driver);
        return new Browser(driver, base.toExternalForm(), downloads == null);
    }

    /**
     * A browser a test closed, made as good as new for the next one: a new window (a tab's session storage, where the
     * forms keep drafts, belongs to its tab; device emulation to its page) at the usual size, every cookie and every
     * origin's stored data gone, the console read empty. Starting Chromium and its driver anew costs one to three
     * seconds on two busy cores, and the browser tests open some seventy browsers.
     */
    private static ChromeDriver asNew(ChromeDriver driver) {
        Set<String> used = driver.getWindowHandles();
        driver.switchTo().newWindow(WindowType.WINDOW);
        String fresh = driver.getWindowHandle();
        for (String handle : used) {
            driver.switchTo().window(handle).close();
        }
        driver.switchTo().window(fresh);
        driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        for (String origin : ORIGINS) {
            driver.executeCdpCommand("Storage.clearDataForOrigin", java.util.Map.of("origin", origin, "storageTypes", "all"));
        }
        addScriptsToEveryPage(driver);
        driver.manage().logs().get(LogType.BROWSER);
        return driver;
    }

    /** The policy violations' listener and axe-core, in every document before its own scripts. */
    private static void addScriptsToEveryPage(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", REPORT_CSP_VIOLATIONS));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", AccessibilityCheck.script()));
    }

    private static void quitQuietly(ChromeDriver driver) {
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // nothing left to stop
        }
    }

    public Browser go(String path) {
        collectCspViolations();
        driver.get(base + path);
        checkAccessibility();
        return this;
    }

    public Browser signIn(String username, String password) {
        go("login.xhtml");
        type("signInForm:username", username);
        type("signInForm:password", password);
        click(By.id("signInForm:submit"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        return this;
    }

    public Browser signOut() {
        click(By.id("signOutForm:signOut"));
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        return this;
    }

    public Browser type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Types into a date field ({@code <d:date>}, ADR 22) as a person does: it is a text field, what is typed stays as
     * typed, and the calendar opens only from its button, so nothing needs closing afterwards.
     */
    public Browser typeDate(String id, String text) {
        return type(id, text);
    }

    /**
     * Clicks the element once it can be clicked. If an ajax update replaces it between finding and clicking, the
     * click is tried again on the new element (a stale element never received the first click).
     */
    public Browser click(By by) {
        wait.until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
        checkAccessibility();
        return this;
    }

    /**
     * Runs axe-core on the page as it is now, if this state of it was not checked yet (see the class comment). The
     * usual steps call it; a test that drives the page through {@link #driver()} calls it where a new state shows.
     */
    public Browser checkAccessibility() {
        accessibility.check(driver);
        return this;
    }

    /** Waits until PrimeFaces has no ajax request queued or running, so the page shows the answer to the last one. */
    public Browser settled() {
        ajaxAnswered();
        checkAccessibility();
        return this;
    }

    /** Waits until PrimeFaces has no ajax request queued or running, without checking the page. */
    Browser ajaxAnswered() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
        return this;
    }

    /**
     * Picks an option of a select menu the way a person does: a PrimeFaces menu is opened and the option with this label
     * clicked; a native one (a page without PrimeFaces' scripts, ADR 38) is set to it, as choosing with the mouse or the
     * arrow keys does.
     */
    public Browser choose(String id, String label) {
        settled();
        WebElement menu = driver.findElement(By.id(id));
        if (menu.getTagName().equals("select")) {
            new org.openqa.selenium.support.ui.Select(menu).selectByVisibleText(label);
            return this;
        }
        return pick(id, By.xpath("//div[@id='" + id + "_panel']//li[@data-label='" + label + "']"), label::equals);
    }

    /** The words of the option a select menu shows chosen, PrimeFaces' or native. */
    public String chosen(String id) {
        WebElement menu = wait.until(d -> d.findElement(By.id(id)));
        return menu.getTagName().equals("select") ? new org.openqa.selenium.support.ui.Select(menu).getFirstSelectedOption().getText()
                : driver.findElement(By.id(id + "_label")).getText();
    }

    /** Picks the first real option of a PrimeFaces select menu (the ones offered after "Choose ..."). */
    public Browser chooseFirst(String id) {
        return pick(id, By.xpath("//div[@id='" + id + "_panel']//li[not(contains(@class,'ui-noselection-option'))][1]"),
                shown -> !shown.startsWith("Choose"));
    }

    /**
     * Opens the menu, clicks the option, waits for the menu to close. A menu that already shows the wanted choice is
     * left closed: opening it would leave it open, as nothing is then clicked to close it.
     */
    private Browser pick(String id, By option, java.util.function.Predicate<String> chosen) {
        By panel = By.id(id + "_panel");
        By shown = By.id(id + "_label");
        settled();
        if (chosen.test(driver.findElement(shown).getText()) && !driver.findElement(panel).isDisplayed()) {
            return this;
        }
        wait.until(d -> {
            if (!d.findElement(panel).isDisplayed()) {
                d.findElement(By.id(id)).click();
            }
            WebElement item = d.findElement(option);
            if (item.isDisplayed()) {
                checkAccessibility();
                item.click();
            }
            return chosen.test(d.findElement(shown).getText());
        });
        wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
        return this;
    }

    /** The visible text of the page; if the page is being replaced meanwhile, the text of the new one. */
    public String text() {
        checkAccessibility();
        return wait.until(d -> d.findElement(By.tagName("body")).getText());
    }

    public String heading() {
        checkAccessibility();
        return wait.until(d -> {
            WebElement h1 = ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")).apply(d);
            return h1 == null ? null : h1.getText();
        });
    }

    public String title() {
        return driver.getTitle();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    /** The browser's wait: 20 seconds, looking again when an element was replaced meanwhile. */
    public WebDriverWait waiting() {
        return wait;
    }

    /** Saves a screenshot to target/screenshots/NAME.png, for people to look at after the run. */
    public void screenshot(String name) {
        checkAccessibility();
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            // PNG encoded for speed rather than size: the build takes some two hundred of them on two busy cores.
            Object shot = driver.executeCdpCommand("Page.captureScreenshot", java.util.Map.of("format", "png", "optimizeForSpeed", true)).get("data");
            Files.write(dir.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) shot));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Two screenshots of the page as it is now (nothing is loaded again, so what the person did stays on show):
     * NAME-desktop at the current width and NAME-phone at 390 x 844 (an everyday phone, emulated); the page gets
     * its width back afterwards.
     */
    public void screenshotsAtBothWidths(String name) {
        screenshotsAtBothWidths(name, null);
    }

    /** {@link #screenshotsAtBothWidths(String)} with this part of the page scrolled into view in each, when not null. */
    public void screenshotsAtBothWidths(String name, By showing) {
        scrollTo(showing);
        screenshot(name + "-desktop");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            wait.until(d -> ((Number) driver.executeScript("return document.documentElement.clientWidth;")).intValue() <= 390);
            scrollTo(showing);
            screenshot(name + "-phone");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    private void scrollTo(By showing) {
        if (showing != null) {
            driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", wait.until(ExpectedConditions.presenceOfElementLocated(showing)));
        }
    }

    /**
     * Every refusal of the Content-Security-Policy so far: Chromium's own console messages ("Refused to
     * execute inline script", "Executing inline script violates the following Content Security Policy
     * directive ...") and the violation events of the pages, each with the page shown when it was read.
     */
    public List<String> cspViolations() {
        collectCspViolations();
        return List.copyOf(cspViolations);
    }

    /** Collected before each {@link #go} and at the end, so the page named is the one shown last (or the one a click left). */
    private void collectCspViolations() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (isCspViolation(entry.getMessage())) {
                cspViolations.add("on or after " + driver.getCurrentUrl() + ": " + entry.getMessage());
            }
        }
    }

    private void putAway() {
        if (reusable) {
            try {
                driver.get("about:blank");
                IDLE.push(driver);
                return;
            } catch (RuntimeException broken) {
                // a browser that cannot even leave its page is not reused
            }
        }
        quitQuietly(driver);
    }

    private static boolean isCspViolation(String message) {
        return message.contains("Content Security Policy") || message.contains("Refused to execute")
                || message.contains("Refused to evaluate") || message.contains("Refused to load the script");
    }

    /**
     * Closes the browser (it leaves its page and waits, cleared, for the next test of this JVM); fails if the
     * Content-Security-Policy blocked anything on a page it showed.
     */
    @Override
    public void close() {
        List<String> violations;
        List<String> barriers;
        try {
            violations = cspViolations();
            barriers = accessibilityViolations();
            System.out.println(openedBy + ": " + accessibility.cost());
        } finally {
            putAway();
        }
        List<String> problems = new ArrayList<>();
        if (!violations.isEmpty()) {
            problems.add("The Content-Security-Policy blocked something in the browser:\n" + String.join("\n", violations));
        }
        if (!barriers.isEmpty()) {
            problems.add("axe-core found " + barriers.size() + " serious or critical accessibility violation(s) (WCAG 2.0-2.2 A/AA,"
                    + " docs/adr/0043):\n" + String.join("\n", barriers));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n\n", problems));
        }
    }

    /** Every serious or critical axe-core violation on the pages shown so far, after checking the page shown now. */
    public List<String> accessibilityViolations() {
        checkAccessibility();
        return accessibility.violations();
    }
}
