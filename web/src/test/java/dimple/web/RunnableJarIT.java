package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's run command: the packaged dimple.jar on an empty data directory migrates, opens the
 * first administrator and serves at the root context; on restart (behind a public HTTPS address now) it keeps its
 * data, says nothing about passwords again, names the public address in every redirect and sets its session cookies
 * the way a browser keeps them only over HTTPS. (A configured administrator password: {@link HealthProbesIT}; demo
 * data on request: every container test and {@link CrashSafetyIT}.)
 */
class RunnableJarIT {
    private static final Pattern PRINTED_PASSWORD = Pattern.compile("Password: (\\S+)");

    @Test
    void anEmptyDataDirectory_getsAFirstAdminWhosePasswordIsPrintedOnce_andARestartBehindHttpsKeepsIt() {
        Path dir = Path.of("target", "jar-it", UUID.randomUUID().toString());
        String password;
        try (RunningJar jar = RunningJar.start(dir, Map.of())) {
            System.out.printf("dimple.jar ready in %d ms, resident memory %d MiB%n", jar.startup().toMillis(), jar.residentKib() / 1024);
            Matcher printed = PRINTED_PASSWORD.matcher(jar.log());
            assertThat(printed.find()).as("the generated password is in the log").isTrue();
            password = printed.group(1);
            Http api = Http.api(jar.url());
            assertThat(api.get("api/me", "admin:" + password).json().getString("username")).isEqualTo("admin");
            assertThat(api.get("api/me", "emma").status()).as("no demo accounts without DIMPLE_DEMO").isEqualTo(401);
            Http.Answer root = api.send(api.request("", null).GET().build());
            assertThat(root.status()).isEqualTo(302);
            assertThat(root.header("Location").orElseThrow()).endsWith("/login.xhtml");
            assertThat(api.send(api.request("metrics", null).GET().build()).body()).doesNotContain("jvm");
        }
        try (RunningJar again = RunningJar.start(dir, Map.of("DIMPLE_PUBLIC_URL", "https://dimple.example.com"))) {
            assertThat(again.log()).doesNotContain("Password:");
            Http api = Http.api(again.url());
            assertThat(api.get("api/me", "admin:" + password).status()).isEqualTo(200);
            // Every redirect names the public address, whatever Host the request claimed.
            RawHttp.Answer home = RawHttp.get(again.url(), "/index.xhtml", "evil.example");
            assertThat(home.status()).isEqualTo(302);
            assertThat(home.header("Location")).contains("https://dimple.example.com/login.xhtml");

            // Behind HTTPS both session cookies are Secure and carry the __Host- prefix (ADR 13).
            Http.Answer form = api.send(api.request("login.xhtml", null).GET().build());
            String containerCookie = form.response().headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("__Host-JSESSIONID=")).findFirst().orElseThrow();
            assertThat(containerCookie).contains("Secure").contains("HttpOnly").contains("Path=/");
            Http.Answer signedIn = api.send(HttpRequest.newBuilder(api.resolve("login.xhtml"))
                    .header("Cookie", containerCookie.split(";", 2)[0])
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(FoundationIT.formBody(form.body(), "signInForm",
                            "signInForm:username", "admin", "signInForm:password", password, "signInForm:submit", "")))
                    .build());
            assertThat(signedIn.status()).isEqualTo(302);
            assertThat(signedIn.response().headers().allValues("Set-Cookie"))
                    .anySatisfy(c -> assertThat(c).matches("__Host-dimple-session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax; Secure"));
        }
    }
}
