package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Content-Security-Policy lets a page run only scripts from this origin and the inline scripts that carry
 * the nonce of that very answer: never inline scripts in general, never {@code eval} (ADR 16). Every demo
 * person signs in and follows the links of the pages they can reach; each page must carry one policy with a
 * nonce no other answer had, and no script or inline handler the browser would refuse.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyIT {
    private static final List<String> DEMO_PEOPLE = List.of("emma", "eli", "lena", "leo", "hana", "admin");
    private static final int MOST_PAGES_PER_PERSON = 40;
    private static final int MOST_PAGES_PER_PATH = 2;
    private static final Pattern LINK = Pattern.compile("href=\"([^\"#]+?\\.xhtml(?:\\?[^\"#]*)?)\"");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NONCE_ATTRIBUTE = Pattern.compile("\\snonce=\"([^\"]*)\"");
    private static final Pattern JAVASCRIPT_URL = Pattern.compile("(href|src|action)\\s*=\\s*\"\\s*javascript:", Pattern.CASE_INSENSITIVE);

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    /** Every nonce this test has seen in an answer: a nonce must never come twice. */
    private final Set<String> nonces = new HashSet<>();

    @Test
    void everyPageOfEveryDemoPerson_allowsOnlyItsOwnNoncedScripts_andHasNoInlineHandlers() {
        Map<String, Integer> pagesSeen = new HashMap<>();
        for (String person : DEMO_PEOPLE) {
            Http browser = signedIn(person);
            pagesSeen.put(person, crawl(browser, person));
        }
        assertThat(pagesSeen).as("pages checked per person").allSatisfy((person, pages) -> assertThat(pages).isGreaterThanOrEqualTo(8));
        assertThat(nonces).hasSizeGreaterThan(60);
    }

    @Test
    void theSamePageTwice_getsTwoFreshNonces_andTheSignInAndWelcomePagesHaveOneToo() {
        Http anonymous = Http.browserLike(base, new CookieManager());
        String first = checkedPage(anonymous.get("login.xhtml", null), "login.xhtml");
        String second = checkedPage(anonymous.get("login.xhtml", null), "login.xhtml");
        assertThat(first).isNotEqualTo(second);

        Http emma = signedIn("emma");
        assertThat(checkedPage(emma.get("index.xhtml", null), "index.xhtml"))
                .isNotEqualTo(checkedPage(emma.get("index.xhtml", null), "index.xhtml"));
        checkedPage(emma.get("", null), "the welcome page, forwarded to index.xhtml");
    }

    @Test
    void answersThatAreNotPages_allowScriptsFromThisOriginOnly() {
        Http anonymous = Http.browserLike(base, new CookieManager());
        Map<String, Http.Answer> answers = Map.of(
                "an API answer", Http.api(base).get("api/me", "emma"),
                "an API refusal", Http.api(base).get("api/me", null),
                "a static file", anonymous.get("jakarta.faces.resource/dimple/css/dimple.css.xhtml", null),
                "a redirect to sign in", anonymous.get("index.xhtml", null));
        answers.forEach((what, answer) -> {
            List<String> policies = answer.response().headers().allValues("Content-Security-Policy");
            assertThat(policies).as(what).hasSize(1);
            assertThat(directive(policies.get(0), "script-src")).as(what).containsExactly("'self'");
            assertOtherDirectives(policies.get(0), what);
        });
    }

    /** The 404 page keeps the normal layout (issue 19), so it is held to the policy of every page: one nonce, on every script. */
    @Test
    void aMissingPage_isA404UnderThePolicyOfEveryPage() {
        checkedPage(signedIn("emma").get("no-such-page.xhtml", null), "a missing page", 404);
    }

    /** So is the "Not allowed" page, in the normal layout and the reader's language since issue 13. */
    @Test
    void aForbiddenPage_isA403UnderThePolicyOfEveryPage() {
        checkedPage(signedIn("emma").get("admin/audit.xhtml", null), "a forbidden page", 403);
    }

    /** Follows same-origin page links breadth-first from the dashboard; returns how many pages were checked. */
    private int crawl(Http browser, String person) {
        URI root = browser.resolve("");
        Deque<URI> queue = new ArrayDeque<>(List.of(browser.resolve("index.xhtml")));
        Set<URI> queued = new LinkedHashSet<>(queue);
        Map<String, Integer> perPath = new HashMap<>();
        int checked = 0;
        while (!queue.isEmpty() && checked < MOST_PAGES_PER_PERSON) {
            URI page = queue.removeFirst();
            Http.Answer answer = browser.send(browser.request(root.relativize(page).toString(), null).setHeader("Accept", "text/html").GET().build());
            String where = person + " on " + root.relativize(page);
            if (answer.status() != 200 || !answer.contentType().startsWith("text/html")) {
                continue;
            }
            checkedPage(answer, where);
            checked++;
            Matcher link = LINK.matcher(answer.body());
            while (link.find()) {
                URI target = page.resolve(link.group(1).replace("&amp;", "&"));
                String path = target.getPath();
                boolean ours = target.toString().startsWith(root.toString()) && !path.endsWith("/login.xhtml");
                if (ours && !queued.contains(target) && perPath.merge(path, 1, Integer::sum) <= MOST_PAGES_PER_PATH) {
                    queued.add(target);
                    queue.addLast(target);
                }
            }
        }
        return checked;
    }

    /** Checks one page's policy and markup; returns the page's nonce. */
    private String checkedPage(Http.Answer answer, String where) {
        return checkedPage(answer, where, 200);
    }

    private String checkedPage(Http.Answer answer, String where, int status) {
        assertThat(answer.status()).as(where).isEqualTo(status);
        List<String> policies = answer.response().headers().allValues("Content-Security-Policy");
        assertThat(policies).as(where + ": one policy, not two the browser would both enforce").hasSize(1);
        String policy = policies.get(0);
        List<String> scriptSources = directive(policy, "script-src");
        assertThat(scriptSources).as(where).contains("'self'").doesNotContain("'unsafe-inline'", "'unsafe-eval'", "'strict-dynamic'");
        List<String> nonceSources = scriptSources.stream().filter(s -> s.startsWith("'nonce-")).toList();
        assertThat(nonceSources).as(where + ": " + policy).hasSize(1);
        assertThat(scriptSources).as(where).hasSize(2);
        String nonce = nonceSources.get(0).substring("'nonce-".length(), nonceSources.get(0).length() - 1);
        assertThat(nonce).as(where).hasSizeGreaterThanOrEqualTo(22);
        assertThat(nonces.add(nonce)).as(where + ": the nonce " + nonce + " was in an earlier answer").isTrue();
        assertOtherDirectives(policy, where);

        String html = answer.body();
        Matcher script = SCRIPT_TAG.matcher(html);
        int scripts = 0;
        while (script.find()) {
            scripts++;
            Matcher scriptNonce = NONCE_ATTRIBUTE.matcher(script.group());
            assertThat(scriptNonce.find()).as(where + ": a script without the nonce: " + script.group()).isTrue();
            assertThat(scriptNonce.group(1)).as(where + ": " + script.group()).isEqualTo(nonce);
        }
        assertThat(scripts).as(where + ": PrimeFaces' scripts").isPositive();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            assertThat(INLINE_HANDLER.matcher(tag.group()).find()).as(where + ": an inline handler the browser would refuse: " + tag.group())
                    .isFalse();
        }
        assertThat(JAVASCRIPT_URL.matcher(html).find()).as(where + ": a javascript: URL").isFalse();
        return nonce;
    }

    private static void assertOtherDirectives(String policy, String where) {
        assertThat(directive(policy, "default-src")).as(where).containsExactly("'self'");
        assertThat(directive(policy, "object-src")).as(where).containsExactly("'none'");
        assertThat(directive(policy, "base-uri")).as(where).containsExactly("'self'");
        assertThat(directive(policy, "form-action")).as(where).containsExactly("'self'");
        assertThat(directive(policy, "frame-ancestors")).as(where).containsExactly("'none'");
        assertThat(directive(policy, "connect-src")).as(where).containsExactly("'self'");
    }

    /** The sources of one directive of a policy; fails if the directive is missing or given twice. */
    private static List<String> directive(String policy, String name) {
        List<List<String>> found = Arrays.stream(policy.split(";")).map(String::trim).filter(d -> d.startsWith(name + " "))
                .map(d -> List.of(d.substring(name.length()).trim().split("\\s+"))).toList();
        assertThat(found).as(name + " in " + policy).hasSize(1);
        return found.get(0);
    }

    /** A client signed in through the sign-in form, holding its session cookie like a browser. */
    private Http signedIn(String username) {
        return Http.signedInPage(base, new CookieManager(), username, Http.DEMO_PASSWORD);
    }
}
