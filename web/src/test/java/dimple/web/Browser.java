package dimple.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, for the browser tests. Chromium and its driver come
 * from Debian ({@code apt-get install chromium chromium-driver}); nothing is downloaded at run time.
 */
public final class Browser implements AutoCloseable {
    private final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base : base + "/";
        // Ajax updates replace elements while a test waits on them: a stale element means "look again".
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    public static Browser open(URL base) {
        return open(base, null);
    }

    /** A browser that saves downloads, without asking, into this folder. */
    public static Browser openDownloadingTo(URL base, Path downloads) {
        return open(base, downloads);
    }

    private static Browser open(URL base, Path downloads) {
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
                "--window-size=1280,900", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), base.toExternalForm());
    }

    public Browser go(String path) {
        driver.get(base + path);
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
     * Types into a PrimeFaces date picker and closes its calendar, as a keyboard user does with Escape. The
     * calendar may open again while it takes the focus back, so Escape is pressed until it stays closed.
     */
    public Browser typeDate(String id, String text) {
        type(id + "_input", text);
        wait.until(d -> {
            List<WebElement> panels = d.findElements(By.id(id + "_panel"));
            if (panels.isEmpty() || !panels.get(0).isDisplayed()) {
                return true;
            }
            d.findElement(By.id(id + "_input")).sendKeys(Keys.ESCAPE);
            return false;
        });
        return this;
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
        return this;
    }

    /** Waits until PrimeFaces has no ajax request queued or running, so the page shows the answer to the last one. */
    public Browser settled() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
        return this;
    }

    /** Picks an option of a PrimeFaces select menu the way a person does: open it, click the option with this label. */
    public Browser choose(String id, String label) {
        By option = By.xpath("//div[@id='" + id + "_panel']//li[@data-label='" + label + "']");
        wait.until(d -> {
            if (!d.findElement(By.id(id + "_panel")).isDisplayed()) {
                d.findElement(By.id(id)).click();
            }
            WebElement item = d.findElement(option);
            if (item.isDisplayed()) {
                item.click();
            }
            return d.findElement(By.id(id + "_label")).getText().equals(label);
        });
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
        return this;
    }

    /** The visible text of the page; if the page is being replaced meanwhile, the text of the new one. */
    public String text() {
        return wait.until(d -> d.findElement(By.tagName("body")).getText());
    }

    public String heading() {
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
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
