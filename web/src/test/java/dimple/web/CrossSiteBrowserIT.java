package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A web page of another origin, visited by someone whose browser holds their Dimple API credentials,
 * tries to withdraw their confidential report with a plain cross-site form and with a script. Real
 * Chromium, a real second origin (a small server on another port of 127.0.0.1): nothing changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteBrowserIT {
    private static final String PASSWORD = "a long enough passphrase";

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void aFormOrAScriptOnAnotherSite_cannotChangeAnythingThroughTheApi() throws IOException {
        Http api = Http.api(base);
        String username = "xs" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        assertThat(api.post("api/admin/users", "admin", """
                {"username":"%s","displayName":"Cross Site","password":"%s","roles":["EMPLOYEE"],"teams":["Front Desk"]}"""
                .formatted(username, PASSWORD)).status()).isEqualTo(201);
        Http.Answer filed = api.post("api/reports", username + ":" + PASSWORD, """
                {"title":"Cross-site target","narrative":"Nothing happened.","occurredAt":"2026-01-05T10:00:00Z","team":"Front Desk",
                 "kind":"NEAR_MISS","customerImpact":"NONE","reporterMode":"CONFIDENTIAL"}""");
        assertThat(filed.status()).isEqualTo(201);
        String id = filed.json().getString("id");
        String target = base.toExternalForm().replaceAll("/$", "") + "/api/reports/" + id + "/withdraw";

        HttpServer elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve(elsewhere, "/form", """
                <!DOCTYPE html><html><body>
                <form id="f" method="post" action="%s" enctype="text/plain"><input name='{"x":"' value='y"}'></form>
                <script>document.getElementById('f').submit();</script></body></html>""".formatted(target));
        serve(elsewhere, "/urlencoded", """
                <!DOCTYPE html><html><body>
                <form id="f" method="post" action="%s"><input name="x" value="y"></form>
                <script>document.getElementById('f').submit();</script></body></html>""".formatted(target));
        serve(elsewhere, "/script", """
                <!DOCTYPE html><html><body><p id="result">waiting</p><script>
                fetch('%s', {method: 'POST', credentials: 'include', headers: {'Content-Type': 'application/json'}, body: '{}'})
                  .then(r => document.getElementById('result').textContent = 'answered ' + r.status)
                  .catch(e => document.getElementById('result').textContent = 'blocked');
                </script></body></html>""".formatted(target));
        elsewhere.start();
        String other = "http://127.0.0.1:" + elsewhere.getAddress().getPort();
        try (Browser browser = Browser.open(base)) {
            // The browser learns the credentials the way a person's browser would, and keeps them for this server.
            browser.driver().get(base.getProtocol() + "://" + username + ":" + PASSWORD.replace(" ", "%20") + "@" + base.getHost() + ":"
                    + base.getPort() + "/api/me");
            assertThat(browser.driver().getPageSource()).contains(username);

            browser.driver().get(other + "/form");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/withdraw"));
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("application/json");

            browser.driver().get(other + "/urlencoded");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/withdraw"));
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("application/json");

            browser.driver().get(other + "/script");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> !d.findElement(By.id("result")).getText().equals("waiting"));
            // The browser's preflight gets no CORS permission, so the call is not even sent ("blocked"); were it sent, it would be refused.
            assertThat(browser.driver().findElement(By.id("result")).getText()).isIn("blocked", "answered 403");
        } finally {
            elsewhere.stop(0);
        }

        assertThat(api.get("api/reports/" + id, username + ":" + PASSWORD).json().getString("status"))
                .as("the report was not withdrawn").isEqualTo("SUBMITTED");
    }

    private static void serve(HttpServer server, String path, String html) {
        server.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }
}
