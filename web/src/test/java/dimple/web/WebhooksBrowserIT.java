package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A team's chat and webhooks on their page (docs/adr/0031), walked by an administrator in a real Chromium: from the
 * teams page to the team's webhooks; a refused address and secret shown as messages beside their fields, the cursor
 * in the first; a generic webhook added, its generated secret shown once, its address never in full; a test message
 * queued through the same queue as every announcement and received signed by a server in the test; a refused delivery
 * shown among the team's failed deliveries; the webhook removed after a confirmation; the page fits a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksBrowserIT {
    private static final int PHONE = 390;

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    record Received(String path, String body, String timestamp, String signature, String event) {
    }

    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger refuseNext = new AtomicInteger();
    private final HttpServer receiver;
    private final String sfx = UUID.randomUUID().toString().substring(0, 6);

    WebhooksBrowserIT() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean refuse = refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            if (!refuse) {
                received.add(new Received(exchange.getRequestURI().getPath(), new String(body, StandardCharsets.UTF_8),
                        exchange.getRequestHeaders().getFirst("X-Dimple-Timestamp"), exchange.getRequestHeaders().getFirst("X-Dimple-Signature"),
                        exchange.getRequestHeaders().getFirst("X-Dimple-Event")));
            }
            exchange.sendResponseHeaders(refuse ? 500 : 200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void anAdministrator_addsAGenericWebhook_testsIt_seesAFailure_andRemovesIt_neverSeeingItsAddressInFull() throws Exception {
        String team = "Hooks page " + sfx;
        Http.Answer founded = Http.api(base).post("api/admin/teams", "admin", "{\"name\":\"" + team + "\"}");
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
        String secretPath = "/generic/SECRETPATH" + sfx;
        String address = "http://127.0.0.1:" + receiver.getAddress().getPort() + secretPath;

        try (Browser admin = Browser.open(base)) {
            admin.signIn("admin", Http.DEMO_PASSWORD);
            admin.go("admin/teams.xhtml");
            admin.click(By.cssSelector("a[aria-label='Chat and webhooks of " + team + "']"));
            admin.waiting().until(ExpectedConditions.urlContains("admin/webhooks.xhtml"));
            assertThat(admin.heading()).isEqualTo("Chat and webhooks: " + team);
            shows(admin, "No webhooks yet: add the first one below.", "No failed deliveries: everything queued for this team's webhooks went out.");

            // refused as the API refuses it, in the API's words, each beside its field; the cursor in the first
            admin.choose("webhookForm:kind", "Generic (signed)");
            admin.type("webhookForm:url", "ftp://example.com/x");
            admin.type("webhookForm:secret", "too short");
            admin.click(By.id("webhookForm:save"));
            admin.waiting().until(d -> "webhookForm:url".equals(d.switchTo().activeElement().getAttribute("id")));
            assertThat(messageBeside(admin, "webhookForm:url")).isEqualTo("Enter the webhook's full https:// address.");
            assertThat(messageBeside(admin, "webhookForm:secret"))
                    .isEqualTo("A signing secret has at least 16 characters (up to 200); leave it empty to have one made.");
            assertThat(admin.driver().findElement(By.id("webhookForm:url")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(admin.text()).contains("No webhooks yet");

            // added: the secret made for it is shown once; the address only as scheme, host and its last characters
            admin.choose("webhookForm:kind", "Generic (signed)");
            admin.type("webhookForm:url", address);
            admin.driver().findElement(By.id("webhookForm:secret")).clear();
            admin.click(By.id("webhookForm:save"));
            WebElement once = admin.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#secretOnce .one-time-password")));
            String secret = once.getText();
            assertThat(secret).matches("[0-9a-f]{64}");
            shows(admin, "The Generic (signed) webhook is saved.", "Signed with a secret", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/\u2026");
            assertThat(admin.driver().getPageSource()).as("a webhook address is a secret").doesNotContain("SECRETPATH");
            admin.screenshotsAtBothWidths("webhooks-1-added");

            // a test message, through the queue, arrives signed with that secret
            admin.click(By.id("webhooksForm:webhooks:0:test"));
            shows(admin, "A test message to the Generic (signed) webhook is queued.");
            assertThat(admin.driver().getPageSource()).as("the secret was shown once").doesNotContain(secret).doesNotContain("SECRETPATH");
            Received test = arrival(1);
            assertThat(test.path()).isEqualTo(secretPath);
            assertThat(test.event()).isEqualTo("TEST");
            assertThat(test.body()).contains("\"team\":\"" + team + "\"");
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = ("sha256=" + HexFormat.of().formatHex(mac.doFinal((test.timestamp() + "." + test.body()).getBytes(StandardCharsets.UTF_8))))
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(MessageDigest.isEqual(expected, test.signature().getBytes(StandardCharsets.UTF_8))).as("the signature verifies").isTrue();

            // a refused delivery shows among the team's failed deliveries: the webhook, the event, the kind of error
            refuseNext.set(1);
            admin.click(By.id("webhooksForm:webhooks:0:test"));
            shows(admin, "A test message to the Generic (signed) webhook is queued.");
            admin.waiting().until(d -> {
                d.navigate().refresh();
                return d.findElement(By.id("failures")).getText().contains("(HTTP 500)");
            });
            String failures = admin.driver().findElement(By.id("failures")).getText();
            assertThat(failures).contains("Generic (signed)").contains("Test message").doesNotContain("127.0.0.1");
            assertNoSidewaysScrollOnAPhone(admin);

            // removed after a confirmation that can be declined
            admin.click(By.id("webhooksForm:webhooks:0:remove"));
            WebElement confirm = admin.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmRemove")));
            assertThat(confirm.getText()).contains("Remove the Generic (signed) webhook?");
            admin.waiting().withMessage("the question has the focus")
                    .until(d -> "confirmRemove".equals(d.switchTo().activeElement().getAttribute("id")));
            admin.click(By.id("removeForm:confirmRemoveNo"));
            admin.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmRemove")));
            shows(admin, "Signed with a secret");
            admin.click(By.id("webhooksForm:webhooks:0:remove"));
            admin.click(By.id("removeForm:confirmRemoveYes"));
            shows(admin, "The Generic (signed) webhook is removed.", "No webhooks yet");
        }
        assertThat(Http.api(base).get("api/admin/teams/" + team.replace(" ", "%20") + "/webhooks", "admin").body()).isEqualTo("[]");
    }

    /** Waits until the page shows all these words (a form's answer replaces the page). */
    private static void shows(Browser browser, String... words) {
        browser.waiting().until(d -> {
            String text = d.findElement(By.tagName("body")).getText();
            return java.util.Arrays.stream(words).allMatch(text::contains);
        });
    }

    /** The text of the message beside a field (in the same .field block). */
    private static String messageBeside(Browser browser, String id) {
        return browser.driver().findElement(By.xpath("//*[@id='" + id + "']/ancestor::div[contains(@class,'field')]//*[contains(@class,'ui-message-error')]"))
                .getText();
    }

    /** Waits until this many requests arrived; the latest. */
    private Received arrival(int count) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (received.size() < count && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertThat(received).as("requests the receiver answered").hasSizeGreaterThanOrEqualTo(count);
        return received.get(count - 1);
    }

    private static void assertNoSidewaysScrollOnAPhone(Browser browser) {
        ChromeDriver driver = (ChromeDriver) browser.driver();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.waiting().until(d -> ((Number) driver.executeScript("return document.documentElement.clientWidth;")).intValue() <= PHONE);
            @SuppressWarnings("unchecked")
            List<Number> widths = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
            assertThat(widths.get(0).intValue()).as("the page fits a phone's width").isLessThanOrEqualTo(widths.get(1).intValue());
            browser.screenshot("webhooks-2-failure-phone");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
