package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

/**
 * Hostile input against every API operation the server's own OpenAPI document lists: malformed JSON,
 * wrong types field by field, missing and extra fields, huge strings and arrays, deep nesting, odd
 * Unicode, ids that are not ids, SQL and markup. Bounded: one pass over a fixed set of variants.
 * Whatever is sent, the answer is never a 5xx, never shows a stack trace or server detail, and every
 * refusal is problem+json. Stored markup is shown escaped on the admin pages that show it; every other
 * free-text field and the pages that show it are covered by {@link StoredMarkupIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {
    private static final List<String> LEAKS = List.of("Exception", "at java.", "at dimple.", "org.eclipse", "org.glassfish",
            "Payara", "jdbc:", "SQLState", "Caused by");

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    record Operation(String method, String path, Map<String, Object> bodySchema) {
    }

    @SuppressWarnings("unchecked")
    private List<Operation> operations() {
        String document = Http.api(base).get("openapi", null).body();
        Map<String, Object> openapi = new Yaml().load(document);
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) openapi.get("components")).get("schemas");
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Object>) openapi.get("paths")).forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            ((Map<String, Object>) item).forEach((method, op) -> {
                if (List.of("get", "post", "patch", "put", "delete").contains(method)) {
                    operations.add(new Operation(method.toUpperCase(), path, bodySchema((Map<String, Object>) op, schemas)));
                }
            });
        });
        assertThat(operations).as("operations in /openapi").hasSizeGreaterThan(10);
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bodySchema(Map<String, Object> op, Map<String, Object> schemas) {
        Object body = op.get("requestBody");
        if (body == null) {
            return Map.of();
        }
        Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) body).get("content")).get("application/json");
        if (json == null) {
            return Map.of();
        }
        Map<String, Object> schema = (Map<String, Object>) json.get("schema");
        if (schema.containsKey("$ref")) {
            String ref = (String) schema.get("$ref");
            schema = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        Object properties = schema == null ? null : schema.get("properties");
        return properties == null ? Map.of() : (Map<String, Object>) properties;
    }

    /** A plausible value for each property, so that one field at a time can be made hostile. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> plausible(Map<String, Object> properties) {
        Map<String, String> values = new LinkedHashMap<>();
        properties.forEach((name, spec) -> {
            Object type = spec instanceof Map<?, ?> map ? ((Map<String, Object>) map).get("type") : null;
            values.put(name, switch (String.valueOf(type)) {
                case "array" -> "[\"x\"]";
                case "integer", "number" -> "1";
                case "boolean" -> "true";
                case "object" -> "{}";
                default -> "\"plausible text\"";
            });
        });
        return values;
    }

    private static boolean takesAMoment(Object spec) {
        return spec instanceof Map<?, ?> map && List.of("date", "date-time").contains(String.valueOf(map.get("format")));
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return json.append('}').toString();
    }

    /** Values that are wrong for a field of any type: missing, of another shape, deeply nested, far too big. */
    private static final List<String> HOSTILE_FOR_ANY = List.of(
            "null", "[1,2,3]", "{\"nested\":{\"deeper\":[{}]}}", "[" + "\"y\",".repeat(5000) + "\"y\"]");

    /**
     * What else is hostile, by the type the document gives a field: a number or a flag where text belongs, and text
     * no person types; text and out-of-range numbers where a number belongs; and so on. One value of each kind of
     * wrong: {@code 123} and {@code -1} are the same mistake for a text field, not for a number.
     */
    private static List<String> hostileValues(Object spec) {
        Object type = spec instanceof Map<?, ?> map ? map.get("type") : null;
        List<String> values = new ArrayList<>(HOSTILE_FOR_ANY);
        values.addAll(switch (String.valueOf(type)) {
            case "integer", "number" -> List.of("-1", "1e400", "2147483648", "true", "\"12\"", "{}");
            case "boolean" -> List.of("1", "\"true\"", "{}");
            case "array" -> List.of("[]", "{}", "\"text\"", "[\"<script>alert(1)</script>\", \"\\uD800\"]", "[null]");
            case "object" -> List.of("[]", "\"text\"", "123");
            default -> List.of("123", "true", "\"" + "x".repeat(100_000) + "\"",
                    "\"\\u202Eevil\\u202C \\uD83D\\uDE00 \\u0000 nul\"", "\"' OR 1=1; DROP TABLE account; --\"",
                    "\"<script>alert(1)</script><img src=x onerror=alert(2)>\"", "\"\\uD800\"");
        });
        return values;
    }

    /** Days and moments no calendar has, for the fields that take a day or a moment (format date or date-time). */
    private static final List<String> HOSTILE_MOMENTS = List.of(
            "\"2026-13-45T99:99:99Z\"", "\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01\"");

    private static final List<String> HOSTILE_BODIES = List.of(
            "", "{", "[]", "\"text\"", "null", "{\"a\":", "{\"a\" \"b\"}", "[" .repeat(5000) + "]".repeat(5000),
            "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "\u0000\u0001\u0002", "<xml/>",
            "{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1,\"b\":2}}");

    private static final List<String> HOSTILE_IDS = List.of("not-an-id", "00000000-0000-0000-0000-000000000000",
            "%27%20OR%201%3D1--", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E", "x".repeat(200), "%F0%9F%98%80");

    @Test
    void noOperation_answersAServerError_orLeaksServerDetail_whateverItIsSent() {
        Http api = Http.api(base);
        // The plausible bodies switch the organisation's settings too (PATCH /api/admin/settings): the tests after
        // this one in the same server expect them as they were.
        // So do the retention periods (PUT /api/admin/retention: a month each), which RetentionIT reads as it left them.
        String settings = api.get("api/admin/settings", "admin").body();
        String retention = api.get("api/admin/retention", "admin").body();
        try {
            int sent = sentToEveryOperation(api);
            java.util.logging.Logger.getLogger(HostileInputIT.class.getName()).info(() -> "hostile requests sent: " + sent);
        } finally {
            Http.Answer restored = api.patch("api/admin/settings", "admin", settings);
            assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
            Http.Answer periods = api.send(api.request("api/admin/retention", "admin").header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(retention, StandardCharsets.UTF_8)).build());
            assertThat(periods.status()).as(periods.toString()).isEqualTo(200);
        }
    }

    private int sentToEveryOperation(Http api) {
        int sent = 0;
        for (Operation op : operations()) {
            // A path without an id is the same request whichever id is tried.
            for (String id : op.path().contains("{") ? HOSTILE_IDS : HOSTILE_IDS.subList(0, 1)) {
                String path = op.path().substring(1).replaceAll("\\{[^}]+}", id);
                List<String> bodies = new ArrayList<>();
                if (!op.method().equals("GET") && !op.method().equals("DELETE")) {
                    Map<String, String> fields = plausible(op.bodySchema());
                    bodies.add(object(fields));
                    bodies.add(object(Map.of("unexpected", "\"field\"")));
                    if (id.equals(HOSTILE_IDS.get(0))) {
                        bodies.addAll(HOSTILE_BODIES);
                        for (String field : fields.keySet()) {
                            List<String> values = hostileValues(op.bodySchema().get(field));
                            if (takesAMoment(op.bodySchema().get(field))) {
                                values.addAll(HOSTILE_MOMENTS);
                            }
                            for (String value : values) {
                                Map<String, String> mutated = new LinkedHashMap<>(fields);
                                mutated.put(field, value);
                                bodies.add(object(mutated));
                            }
                            Map<String, String> missing = new LinkedHashMap<>(fields);
                            missing.remove(field);
                            bodies.add(object(missing));
                        }
                    }
                } else {
                    bodies.add(null);
                }
                for (int b = 0; b < bodies.size(); b++) {
                    String body = bodies.get(b);
                    // The plausible body as both callers (what each may do differs); the hostile ones by turns, which
                    // reaches both callers' paths with half the requests.
                    // A GET also asks for a page whose rows no database can count to (an int offset that overflows).
                    for (String query : op.method().equals("GET") ? List.of("?page=-1&size=abc&q=%27%22%3C", "?page=2147483647&size=20") : List.of(""))
                    for (String user : b == 0 ? List.of("admin", "emma") : List.of(b % 2 == 0 ? "admin" : "emma")) {
                        // From an address of its own: wrong current passwords sent to /api/me/password slow down only this address.
                        HttpRequest.Builder request = api.request(path + query, user)
                                .header("X-Forwarded-For", "198.18.0.1");
                        request = body == null ? request.method(op.method(), HttpRequest.BodyPublishers.noBody())
                                : request.header("Content-Type", "application/json")
                                        .method(op.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
                        Http.Answer answer = api.send(request.build());
                        sent++;
                        String what = op.method() + " " + path + " as " + user + " with " + (body == null ? "no body" : abbreviate(body));
                        assertThat(answer.status()).as(what + " -> " + abbreviate(answer.body())).isLessThan(500);
                        if (answer.status() >= 400) {
                            assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
                        }
                        assertThat(answer.body()).as(what).doesNotContain(LEAKS);
                    }
                }
            }
        }
        return sent;
    }

    @Test
    void aWrongCredential_ofAnyShape_isA401ProblemAndNeverAServerError() {
        Http api = Http.api(base);
        for (String header : List.of("Basic", "Basic !!!", "Basic " + "QUFB".repeat(1500), "Bearer abc", "Basic Og==",
                "Basic " + java.util.Base64.getEncoder().encodeToString("emma\u0000:x".getBytes(StandardCharsets.UTF_8)))) {
            Http.Answer answer = api.send(HttpRequest.newBuilder(api.resolve("api/me")).header("Authorization", header)
                    .header("X-Forwarded-For", "198.18.0.2").GET().build());
            assertThat(answer.status()).as(abbreviate(header)).isIn(400, 401);
            assertThat(answer.body()).doesNotContain(LEAKS);
        }
    }

    @Test
    void storedMarkup_isShownEscapedOnThePagesThatShowIt() {
        String canary = "<script>alert('xss-" + UUID.randomUUID().toString().substring(0, 6) + "')</script>";
        String username = "xss" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Http api = Http.api(base);
        Http.Answer created = api.post("api/admin/users", "admin", """
                {"username":"%s","displayName":%s,"password":"a long enough passphrase","roles":["EMPLOYEE"]}"""
                .formatted(username, jsonString(canary)));
        assertThat(created.status()).isEqualTo(201);
        Http.Answer team = api.post("api/admin/teams", "admin", "{\"name\":" + jsonString(canary.replace("xss", "team")) + "}");
        assertThat(team.status()).isEqualTo(201);

        CookieManager cookies = new CookieManager();
        Http browser = Http.browserLike(base, cookies);
        Http.Answer form = browser.get("login.xhtml", null);
        browser.postForm("login.xhtml", FoundationIT.formBody(form.body(), "signInForm", "signInForm:username", "admin",
                "signInForm:password", Http.DEMO_PASSWORD, "signInForm:submit", ""));
        for (String page : List.of("admin/accounts.xhtml", "admin/account.xhtml?username=" + username, "admin/teams.xhtml",
                "admin/audit.xhtml", "admin/webhooks.xhtml?team=" + URLEncoder.encode(canary.replace("xss", "team"), StandardCharsets.UTF_8))) {
            Http.Answer shown = browser.get(page, null);
            assertThat(shown.status()).as(page).isEqualTo(200);
            assertThat(shown.body()).as(page).doesNotContain("<script>alert('xss").doesNotContain("<script>alert('team");
        }
        Http.Answer account = browser.get("admin/account.xhtml?username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null);
        assertThat(account.body()).as("the canary is on the page, escaped").contains("&lt;script&gt;alert(");
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + " chars)" : text;
    }
}
