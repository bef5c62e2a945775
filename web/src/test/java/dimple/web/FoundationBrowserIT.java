package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in and finding one's way, in a real (headless) Chromium against the deployed WAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationBrowserIT {
    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void aLeader_signsIn_andSeesTheirRoleAwareDashboard() {
        try (Browser browser = Browser.open(base)) {
            browser.go("index.xhtml");
            assertThat(browser.url()).contains("login.xhtml");
            assertThat(browser.title()).isEqualTo("Sign in · Dimple");
            browser.screenshot("login");

            browser.signIn("lena", Http.DEMO_PASSWORD);
            assertThat(browser.heading()).isEqualTo("Welcome, Lena Leader");
            assertThat(browser.text()).contains("You lead: Front Desk").doesNotContain("Audit log");
            browser.screenshot("dashboard-leader");
            browser.signOut();
            assertThat(browser.text()).contains("You are signed out.");
        }
    }

    @Test
    void anAdmin_findsAnAccount_andSeesTheSignInInTheAuditLog() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("admin", Http.DEMO_PASSWORD);
            browser.click(By.linkText("Accounts"));
            assertThat(browser.heading()).isEqualTo("Accounts");
            browser.type("accountsForm:q", "emma");
            browser.click(By.id("accountsForm:search"));
            browser.waiting().until(d -> !d.findElement(By.id("accountsForm:accounts")).getText().contains("Leo Leader"));
            assertThat(browser.driver().findElement(By.id("accountsForm:accounts")).getText()).contains("Emma Employee");
            browser.screenshot("accounts");

            browser.click(By.linkText("emma"));
            assertThat(browser.heading()).isEqualTo("Account emma");
            assertThat(browser.text()).contains("This account can sign in.");
            browser.screenshot("account-emma");

            browser.click(By.linkText("Audit log"));
            assertThat(browser.heading()).isEqualTo("Audit log");
            browser.choose("auditForm:action", "Signed in");
            browser.type("auditForm:actor", "admin");
            browser.click(By.id("auditForm:search")).settled();
            browser.waiting().until(d -> d.findElement(By.id("auditForm:entries")).getText().contains("Signed in"));
            assertThat(browser.driver().findElement(By.id("auditForm:entries")).getText())
                    .contains("Account admin").doesNotContain("SIGNED_IN", "Sign-in failed", "Team founded");
            browser.screenshot("audit");
        }
    }

    @Test
    void theSignInPage_withoutPrimeFacesScripts_stillMarksProblemsBesideTheFields_showsThePassword_closesItsMessage_andSignsIn() {
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml");
            WebDriver driver = browser.driver();
            // The first page anyone sees loads none of PrimeFaces' widget scripts (ADR 38): Dimple's own small ones, and
            // PrimeFaces' locale file, which does nothing without them.
            List<String> scripts = driver.findElements(By.cssSelector("script[src]")).stream().map(e -> e.getAttribute("src")).toList();
            assertThat(scripts).isNotEmpty().anyMatch(src -> src.contains("dimple/js/reveal.js"))
                    .noneMatch(src -> src.contains("ln=primefaces") && !src.contains("/locales/"));

            browser.click(By.id("signInForm:submit"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Enter your username."));
            for (String field : List.of("username", "password")) {
                WebElement input = driver.findElement(By.id("signInForm:" + field));
                assertThat(input.getAttribute("aria-invalid")).as(field).isEqualTo("true");
                String described = input.getAttribute("aria-describedby");
                assertThat(described).as(field + " is tied to its message").isNotBlank();
                String said = Arrays.stream(described.split("\\s+")).map(id -> driver.findElement(By.id(id)).getText()).collect(Collectors.joining(" "));
                assertThat(said).contains(field.equals("username") ? "Enter your username." : "Enter your password.");
            }

            browser.type("signInForm:username", "emma");
            browser.type("signInForm:password", "not the password");
            WebElement show = driver.findElement(By.cssSelector("button[data-reveal]"));
            assertThat(show.getAccessibleName()).isEqualTo("Show password");
            assertThat(show.getSize().getWidth()).isGreaterThanOrEqualTo(24);
            assertThat(show.getSize().getHeight()).isGreaterThanOrEqualTo(24);
            show.click();
            assertThat(driver.findElement(By.id("signInForm:password")).getAttribute("type")).isEqualTo("text");
            assertThat(show.getAttribute("aria-pressed")).isEqualTo("true");
            show.sendKeys(Keys.SPACE);
            assertThat(driver.findElement(By.id("signInForm:password")).getAttribute("type")).isEqualTo("password");
            assertThat(show.getAttribute("aria-pressed")).isEqualTo("false");

            driver.findElement(By.id("signInForm:password")).sendKeys(Keys.ENTER);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "That did not work"));
            assertThat(driver.findElement(By.cssSelector("#messages [role=alert]")).getText()).contains("Check your username and password");
            browser.screenshotsAtBothWidths("login-refused");
            // Its close button works without PrimeFaces (reveal.js), by name and by keyboard, and leaves the focus on the page.
            WebElement close = driver.findElement(By.cssSelector("#messages button.ui-messages-close"));
            assertThat(close.getAccessibleName()).isEqualTo("Close this message");
            assertThat(close.getSize().getWidth()).isGreaterThanOrEqualTo(24);
            assertThat(close.getSize().getHeight()).isGreaterThanOrEqualTo(24);
            close.sendKeys(Keys.ENTER);
            assertThat(driver.findElements(By.cssSelector("#messages [role=alert]"))).isEmpty();
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

            browser.signIn("emma", Http.DEMO_PASSWORD);
            assertThat(browser.url()).doesNotContain("login.xhtml");
        }
    }

    @Test
    void wrongInputOnAPage_isShownBesideTheField_andNothingIsLost() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("admin", Http.DEMO_PASSWORD);
            browser.go("admin/account.xhtml");
            browser.type("accountForm:username", "new.person");
            browser.type("accountForm:displayName", "New <script>alert(1)</script> Person");
            browser.type("accountForm:password", "short");
            browser.click(By.id("accountForm:save"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Use at least 12 characters"));
            assertThat(browser.driver().findElement(By.id("accountForm:displayName")).getAttribute("value"))
                    .isEqualTo("New <script>alert(1)</script> Person");
            browser.screenshot("account-invalid");
        }
    }

    @Test
    void aScriptWithoutThePagesNonce_neverRuns_evalIsRefused_andTheBrowserTestNotices() {
        Browser browser = Browser.open(base);
        closingOnFailure(browser, () -> {
            browser.go("login.xhtml");
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            // What a script smuggled into stored text would be: an inline script without the nonce.
            page.executeScript("var s = document.createElement('script'); s.textContent = 'window.dimpleInjected = true;';"
                    + " document.body.appendChild(s);");
            // A script with the page's nonce runs, but cannot turn a string into code. It runs after this call has
            // returned: while the driver's own call runs, Chromium lets eval through.
            page.executeScript("var s = document.createElement('script'); s.nonce = document.querySelector('script[nonce]').nonce;"
                    + " s.textContent = 'window.dimpleNonced = true; try { eval(\"1\"); window.dimpleEval = \"ran\"; }"
                    + " catch (e) { window.dimpleEval = e.name; }'; setTimeout(function () { document.body.appendChild(s); }, 0);");
            browser.waiting().until(d -> ((JavascriptExecutor) d).executeScript("return window.dimpleEval;") != null);
            assertThat(page.executeScript("return window.dimpleInjected === true;")).isEqualTo(false);
            assertThat(page.executeScript("return window.dimpleNonced === true;")).isEqualTo(true);
            assertThat(page.executeScript("return window.dimpleEval;")).isEqualTo("EvalError");
            browser.waiting().until(d -> browser.cspViolations().size() >= 2);
            assertThat(browser.cspViolations()).anySatisfy(v -> assertThat(v).contains("refused inline"))
                    .anySatisfy(v -> assertThat(v).contains("refused eval"));
        });
        assertThatThrownBy(browser::close).as("a browser test fails when the policy blocked something")
                .isInstanceOf(AssertionError.class).hasMessageContaining("login.xhtml").hasMessageContaining("Content Security Policy");
    }

    @Test
    void aButtonWithoutAName_failsTheBrowserTest_namingTheRuleTheElementAndThePage() {
        Browser browser = Browser.open(base);
        List<String> found = new ArrayList<>();
        closingOnFailure(browser, () -> {
            // A query of its own: a state some other test already checked in this JVM is not checked again.
            browser.driver().get(base + "about.xhtml?barrier=unnamed-button");
            // What a template slip would leave: a button a screen reader can only call "button".
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "var b = document.createElement('button'); b.id = 'unnamed'; document.getElementById('main').appendChild(b);");
            found.addAll(browser.accessibilityViolations());
        });
        assertThat(found).singleElement().asString().contains("button-name (critical)", "page:    about.xhtml?barrier=unnamed-button",
                "element: #unnamed", "html:    <button id=\"unnamed\"></button>");
        assertThatThrownBy(browser::close).as("a browser test fails on a serious or critical violation")
                .isInstanceOf(AssertionError.class).hasMessageContaining("1 serious or critical accessibility violation")
                .hasMessageContaining("button-name").hasMessageContaining("about.xhtml");
    }

    @Test
    void theSkipLink_isTheFirstThingTheKeyboardReaches() {
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml");
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to content");
        }
    }

    @Test
    void textOverALimit_staysAsTyped_isCounted_andIsRefusedBesideTheField() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("emma", Http.DEMO_PASSWORD);
            browser.go("lesson/board.xhtml");
            String text = "refund ".repeat(74) + "x".repeat(2);
            assertThat(text).hasSize(520);
            browser.type("boardForm:q", text);
            assertThat(browser.driver().findElement(By.id("boardForm:q")).getAttribute("value")).as("nothing cut").hasSize(520);
            assertThat(browser.driver().findElement(By.id("boardForm:q_counter")).getText())
                    .isEqualTo("This is 520 characters; the limit is 500. Nothing was cut: shorten it to send it.");
            browser.click(By.id("boardForm:search"));
            browser.settled();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("boardForm"),
                    "At most 500 characters fit here; this text has 520."));
            assertThat(browser.driver().findElement(By.id("boardForm:q")).getAttribute("value")).hasSize(520);
            assertThat(browser.driver().findElement(By.id("boardForm:q_counter")).getText()).as("counted again after the update")
                    .contains("This is 520 characters");
            browser.screenshot("text-over-its-limit");
        }
    }

    /** Runs the steps; if they fail, closes the browser (adding what closing reports to the failure) and fails. */
    private static void closingOnFailure(Browser browser, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            try {
                browser.close();
            } catch (AssertionError expected) {
                e.addSuppressed(expected);
            }
            throw e;
        }
    }
}
