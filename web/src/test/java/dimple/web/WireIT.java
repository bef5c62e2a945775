package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What travels on the wire (issue 18, ADR 38): pages, JSON, scripts and styles come gzip-compressed to a client that
 * asks for it and plain to one that does not, always with {@code Vary: Accept-Encoding}; every script and stylesheet
 * of the main pages has a version in its URL and is cached for a year; pages and API answers are never stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WireIT {
    private static final String YEAR = "public, max-age=31536000, immutable";
    private static final Pattern INCLUDE = Pattern.compile("<(?:script|link)\\b[^>]*?\\b(?:src|href)=\"([^\"]+)\"");
    /** The main pages, each as the person who uses it. */
    private static final Map<String, List<String>> PAGES = Map.of(
            "emma", List.of("index.xhtml", "report/new.xhtml", "lesson/board.xhtml", "report/mine.xhtml"),
            "lena", List.of("report/inbox.xhtml", "action/team.xhtml", "review/list.xhtml"),
            "hana", List.of("coaching/hr.xhtml"));

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPageJsonAScriptAndAStylesheet_comeGzipped_whenAsked_andPlain_whenNot() {
        // The about page, not the sign-in page: that one loads none of PrimeFaces' scripts (ADR 38).
        String page = Http.api(base).get("about.xhtml", null).body();
        String ownStylesheet = includes(page).stream().filter(u -> u.contains("dimple/css/dimple.css")).findFirst().orElseThrow();
        String primeFacesScript = includes(page).stream().filter(u -> u.contains("components.js") && u.contains("ln=primefaces")).findFirst().orElseThrow();
        for (String path : List.of("login.xhtml", "api/lessons", ownStylesheet, primeFacesScript)) {
            HttpResponse<byte[]> plain = fetch(path, "emma", null);
            HttpResponse<byte[]> gzipped = fetch(path, "emma", "gzip, deflate, br");
            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path + " plain when not asked").isEmpty();
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path + " gzipped when asked").hasValue("gzip");
            for (HttpResponse<byte[]> answer : List.of(plain, gzipped)) {
                assertThat(String.join(",", answer.headers().allValues("Vary"))).as(path + ": caches keep both forms apart").containsIgnoringCase("Accept-Encoding");
            }
            byte[] unpacked = gunzip(gzipped.body());
            assertThat(gzipped.body().length).as(path + " smaller on the wire").isLessThan(unpacked.length / 2);
            if (!path.endsWith(".xhtml")) {
                // a page differs between two fetches (its nonce, its view state); a resource or a list must not
                assertThat(new String(unpacked, StandardCharsets.UTF_8)).as(path + " the same content").isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
            } else {
                assertThat(new String(unpacked, StandardCharsets.UTF_8)).contains("signInForm");
            }
        }
    }

    @Test
    void everyScriptAndStylesheetOfTheMainPages_namesItsVersion_andIsCachedForAYear() throws Exception {
        TreeSet<String> included = new TreeSet<>(includes(Http.api(base).get("login.xhtml", null).body()));
        for (Map.Entry<String, List<String>> person : PAGES.entrySet()) {
            Http browser = Http.signedInPage(base, new CookieManager(), person.getKey(), Http.DEMO_PASSWORD);
            for (String path : person.getValue()) {
                Http.Answer page = browser.get(path, null);
                assertThat(page.status()).as(person.getKey() + " " + path).isEqualTo(200);
                List<String> found = includes(page.body());
                assertThat(found).as(path + " has scripts and stylesheets").isNotEmpty();
                included.addAll(found);
            }
        }
        assertThat(included).anyMatch(u -> u.contains("ln=primefaces")).anyMatch(u -> u.contains("dimple/js/")).anyMatch(u -> u.contains("dimple/css/"));
        for (String url : included) {
            assertThat(url).as("a version in the URL").containsPattern("[?&]v=[^&]+");
            HttpResponse<byte[]> resource = fetch(url, null, null);
            assertThat(resource.statusCode()).as(url).isEqualTo(200);
            assertThat(resource.headers().allValues("Cache-Control")).as(url).containsExactly(YEAR);
            assertThat(resource.headers().firstValue("Expires")).as(url + ": no shorter expiry beside it").isEmpty();
            if (url.contains("dimple/")) {
                String version = url.replaceAll(".*[?&]v=([^&]+).*", "$1");
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(resource.body())).substring(0, 12);
                assertThat(version).as(url + ": the version is the content's hash, so a changed file gets a new URL").isEqualTo(hash);
            }
        }
    }

    @Test
    void pagesAndApiAnswers_areNeverStored_andAResourceWithoutItsCurrentVersionIsNotCachedForAYear() {
        Http browser = Http.signedInPage(base, new CookieManager(), "lena", Http.DEMO_PASSWORD);
        for (String path : List.of("index.xhtml", "report/inbox.xhtml", "lesson/board.xhtml")) {
            Http.Answer page = browser.get(path, null);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Cache-Control")).as(path).hasValue("no-store");
        }
        assertThat(Http.api(base).get("login.xhtml", null).header("Cache-Control")).hasValue("no-store");
        for (String path : List.of("api/me", "api/lessons", "api/reports?mine=true")) {
            HttpResponse<byte[]> answer = fetch(path, "lena", "gzip");
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().allValues("Cache-Control")).as(path).containsExactly("no-store");
        }
        assertThat(fetch("api/me", null, null).headers().allValues("Cache-Control")).as("a refusal neither").containsExactly("no-store");
        HttpResponse<byte[]> unversioned = fetch("jakarta.faces.resource/dimple/css/dimple.css.xhtml", null, null);
        assertThat(unversioned.statusCode()).isEqualTo(200);
        assertThat(unversioned.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable").doesNotContain("31536000");
        // a version this instance does not serve (a page of a newer release, sent here mid-upgrade): not kept for a year
        for (String stale : List.of("jakarta.faces.resource/dimple/css/dimple.css.xhtml?v=000000000000",
                "jakarta.faces.resource/components.js.xhtml?ln=primefaces&v=0.0.1")) {
            HttpResponse<byte[]> answer = fetch(stale, null, null);
            assertThat(answer.statusCode()).as(stale).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control").orElse("")).as(stale).doesNotContain("immutable").doesNotContain("31536000");
        }
    }

    /**
     * The pages that hold no PrimeFaces component (ADR 38) load none of its scripts and not its components.css: the
     * sign-in page, and the team inbox also after a filter (a postback that answers the whole page again).
     */
    @Test
    void theSignInPage_andTheTeamInbox_loadNoneOfPrimeFacesScripts() {
        loadsNoneOfPrimeFacesScripts("sign-in", Http.api(base).get("login.xhtml", null));
        Http.Answer filtered = shownAndFiltered("lena", "report/inbox.xhtml?status=all", "inboxForm", "inboxForm:words", "key");
        assertThat(filtered.body()).contains("inboxForm:reports_data");
    }

    /** HR's coaching records hold no PrimeFaces component either (ADR 38): none of its scripts, also after a filter. */
    @Test
    void hrsCoachingRecords_loadNoneOfPrimeFacesScripts_alsoAfterAFilter() {
        Http.Answer filtered = shownAndFiltered("hana", "coaching/hr.xhtml", "hrForm", "hrForm:employee", "emma");
        assertThat(filtered.body()).contains("hrForm:records_data");
    }

    /**
     * The page as this person first sees it and after a filter (a postback that answers the whole page again), each
     * checked to load none of PrimeFaces' scripts; the filtered page.
     */
    private Http.Answer shownAndFiltered(String person, String page, String form, String field, String value) {
        Http browser = Http.signedInPage(base, new CookieManager(), person, Http.DEMO_PASSWORD);
        Http.Answer shown = browser.get(page, null);
        loadsNoneOfPrimeFacesScripts(page, shown);
        Http.Answer filtered = browser.postForm(page, FoundationIT.formBody(shown.body(), form, field, value, form + ":search", "Filter"));
        loadsNoneOfPrimeFacesScripts(page + " after a filter", filtered);
        return filtered;
    }

    /**
     * The lessons board holds no PrimeFaces component either (ADR 38): none of its scripts on the board, on the board a
     * search leads to (a form post answered with a redirect to the board's address for it) nor on its second page.
     */
    @Test
    void theLessonsBoard_alsoAfterASearchAndOnItsSecondPage_loadsNoneOfPrimeFacesScripts() {
        Http emma = Http.signedInPage(base, new CookieManager(), "emma", Http.DEMO_PASSWORD);
        Http.Answer board = emma.get("lesson/board.xhtml", null);
        Http.Answer search = emma.postForm("lesson/board.xhtml", FoundationIT.formBody(board.body(), "boardForm",
                "boardForm:q", "refnud", "boardForm:search", "Search"));
        assertThat(search.status()).as("a search leads to the board's address for it").isEqualTo(302);
        URI address = URI.create(base.toExternalForm()).resolve(search.header("Location").orElseThrow());
        assertThat(address.toString()).contains("lesson/board.xhtml?q=refnud").doesNotContain("page=");
        Http.Answer searched = emma.get(address.toString(), null);
        Http.Answer second = emma.get("lesson/board.xhtml?page=2", null);
        for (Map.Entry<String, Http.Answer> page : Map.of("board", board, "board after a search", searched, "second page", second).entrySet()) {
            loadsNoneOfPrimeFacesScripts(page.getKey(), page.getValue());
        }
        assertThat(searched.body()).contains("Showing lessons for refund.").contains("boardForm:lessons:searchExactly");
        assertThat(second.body()).contains("Page 2 of").contains("class=\"lesson-card\"");
    }

    /** A lesson's page holds no PrimeFaces component either (ADR 38), also for a leader who sees its curate form. */
    @Test
    void aLessonsPage_forAnEmployee_andForALeaderWhoMayCurateIt_loadsNoneOfPrimeFacesScripts() {
        String lesson = Http.api(base).get("api/lessons?team=Front%20Desk", "lena").json().getJsonArray("items").getJsonObject(0).getString("id");
        for (String person : List.of("emma", "lena")) {
            Http browser = Http.signedInPage(base, new CookieManager(), person, Http.DEMO_PASSWORD);
            Http.Answer page = browser.get("lesson/view.xhtml?id=" + lesson, null);
            loadsNoneOfPrimeFacesScripts(person, page);
            assertThat(page.body()).as(person + " may endorse").contains("endorseForm:applies");
            if (person.equals("lena")) {
                assertThat(page.body()).as("the leader of the lesson's team may curate it").contains("curateForm:words").contains("curateForm:archive");
            } else {
                assertThat(page.body()).doesNotContain("curateForm");
            }
            assertThat(includes(page.body())).as(person + ": Faces' own script carries the endorsements").anyMatch(u -> u.contains("faces.js") && u.contains("ln=jakarta.faces"));
        }
    }

    /** The page came, and names none of PrimeFaces' scripts and not its components.css. */
    private static void loadsNoneOfPrimeFacesScripts(String page, Http.Answer answer) {
        assertThat(answer.status()).as(page).isEqualTo(200);
        assertThat(includes(answer.body())).as(page).isNotEmpty()
                // its locale file stays: the layout names it, and without PrimeFaces' scripts it does nothing
                .noneMatch(u -> u.contains("ln=primefaces") && u.contains(".js") && !u.contains("/locales/"))
                .noneMatch(u -> u.contains("components.css"));
    }

    /** The URLs of a page's {@code <script src>} and {@code <link href>}, as the browser would ask for them. */
    static List<String> includes(String page) {
        List<String> urls = new ArrayList<>();
        Matcher m = INCLUDE.matcher(page);
        while (m.find()) {
            urls.add(m.group(1).replace("&amp;", "&"));
        }
        return urls;
    }

    private HttpResponse<byte[]> fetch(String path, String user, String acceptEncoding) {
        URI uri = Http.api(base).resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
