package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.web.container.LightArgon2ForTests;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same request sent by several people (or tabs, or a retrying client) at the same moment, in the real
 * container (issue 20): every case goes from {@value #THREADS} or more threads released together
 * ({@link AtOnce}), for several rounds, and each round must end as a person would expect: every failed
 * sign-in counted and audited and the wait started, exactly one of several identical creates stored and the
 * others refused with 409 or 400 problem JSON naming the field (never 500), and unconditional review
 * writes all applied. A round that goes wrong is counted, and the test fails naming the first one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentRequestsIT {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ConcurrentRequestsIT.class.getName());
    private static final int THREADS = 8;
    private static final String PASSWORD = "a long enough passphrase";
    private static final Random RANDOM = new Random();
    /** The password checks the server runs at the same time (one per core; the server runs on this machine). */
    private static final int CHECKS_AT_ONCE = Runtime.getRuntime().availableProcessors();
    /**
     * At most this many guesses sent at once get a real answer: the 3 free attempts of a username from one
     * address (docs/adr/0015), plus checks under way while the failure that starts the wait was being
     * counted (twice that slack, for a loaded machine). Before, every guess of a burst was answered.
     */
    private static final int MOST_ANSWERED_GUESSES = 3 + 2 * CHECKS_AT_ONCE;

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private Http api() {
        return Http.api(base);
    }

    // --- sign-in failures ---

    @Test
    void wrongPasswordsSentAtOnce_areEachCountedAndAudited_andStartTheWait() {
        int threads = 12;
        Rounds rounds = new Rounds("sign-in failures", threads, 10);
        for (int round = 0; round < rounds.count; round++) {
            String name = unique("burst");
            // How many guesses a burst gets answered depends on how long a check takes: the product's cost, then.
            String credentials = createUser(name, "[\"EMPLOYEE\"]", "[]", "[]", PASSWORD + " " + LightArgon2ForTests.AT_FULL_COST);
            String address = "198.18." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(250));
            Instant before = Instant.now().minusSeconds(1);
            List<Http.Answer> answers = AtOnce.run(threads, i -> () -> from(address, name + ":wrong password number " + i));

            List<String> wrong = new ArrayList<>();
            long refused = answers.stream().filter(a -> a.status() == 401).count();
            answers.stream().filter(a -> a.status() != 401 && a.status() != 429).forEach(a -> wrong.add("answered " + a));
            long audited = auditedFailures(name, before);
            int counted = api().get("api/admin/sign-in-delays", "admin").array().getValuesAs(JsonObject.class).stream()
                    .filter(d -> name.equals(d.getString("username", null)) && address.equals(d.getString("address", null)))
                    .mapToInt(d -> d.getInt("failures")).findFirst().orElse(0);
            // A guess whose password was checked is counted and audited, also when the wait others started
            // meanwhile answers it (429); one that came after the wait began is answered 429 unchecked.
            if (audited != counted || counted < refused || counted > threads) {
                wrong.add(refused + " refused (401), " + counted + " counted for the username and address, " + audited
                        + " audited as SIGN_IN_FAILED");
            }
            if (refused > MOST_ANSWERED_GUESSES) {
                wrong.add(refused + " of " + threads + " guesses sent at once were answered 401, more than the 3"
                        + " free attempts and the " + CHECKS_AT_ONCE + " password checks that run at the same time");
            }
            Http.Answer rightPassword = from(address, credentials);
            if (rightPassword.status() != 429) {
                wrong.add("after " + refused + " failures the right password from the same address answered " + rightPassword.status()
                        + " instead of a wait (429)");
            }
            rounds.record(round, answers, wrong);
        }
        rounds.assertNoneFailed();
    }

    private Http.Answer from(String address, String credentials) {
        return api().send(api().request("api/me", credentials).header("X-Forwarded-For", address).GET().build());
    }

    /** The failed sign-ins of this username audited since the instant (action SIGN_IN_FAILED, target the username). */
    private long auditedFailures(String username, Instant since) {
        long count = 0;
        for (int page = 0; page < 20; page++) {
            JsonObject found = api().get("api/admin/audit?action=SIGN_IN_FAILED&from=" + since + "&size=100&page=" + page, "admin").json();
            List<JsonObject> items = found.getJsonArray("items").getValuesAs(JsonObject.class);
            count += items.stream().filter(e -> username.equals(e.getString("target", null))).count();
            if (items.size() < 100) {
                break;
            }
        }
        return count;
    }

    // --- simultaneous creates ---

    @Test
    void theSameUsernameCreatedAtOnce_isStoredOnce_andTheOthersAreRefusedNamingTheField() {
        Rounds rounds = new Rounds("same username", THREADS, 8);
        for (int round = 0; round < rounds.count; round++) {
            String name = unique("twin");
            List<Http.Answer> answers = AtOnce.run(THREADS, i -> () -> api().post("api/admin/users", "admin", """
                    {"username":"%s","displayName":"Twin %d","password":"%s","roles":["EMPLOYEE"],"teams":[],"leads":[]}"""
                    .formatted(name, i, PASSWORD)));
            List<String> wrong = oneCreatedTheOthersRefused(answers, 201, "username", "input.username.taken");
            long stored = api().get("api/admin/users?q=" + name, "admin").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(a -> name.equals(a.getString("username"))).count();
            if (stored != 1) {
                wrong.add(stored + " accounts stored");
            }
            rounds.record(round, answers, wrong);
        }
        rounds.assertNoneFailed();
    }

    @Test
    void theSameTeamNameFoundedAtOnce_isStoredOnce_andTheOthersAreRefusedNamingTheField() {
        Rounds rounds = new Rounds("same team name (API)", THREADS, 20);
        for (int round = 0; round < rounds.count; round++) {
            String name = "Twin desk " + unique("");
            List<Http.Answer> answers = AtOnce.run(THREADS, i -> () -> api().post("api/admin/teams", "admin", "{\"name\":\"" + name + "\"}"));
            List<String> wrong = oneCreatedTheOthersRefused(answers, 201, "name", "input.team.nameTaken");
            long stored = teamsNamed(name);
            if (stored != 1) {
                wrong.add(stored + " teams stored");
            }
            rounds.record(round, answers, wrong);
        }
        rounds.assertNoneFailed();
    }

    @Test
    void theSameTeamNameFoundedAtOnceOnThePage_isStoredOnce_andTheOthersSeeAMessage() {
        Rounds rounds = new Rounds("same team name (page)", THREADS, 10);
        List<Http> admins = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            admins.add(Http.signedInPage(base, new CookieManager(), "admin", Http.DEMO_PASSWORD));
        }
        for (int round = 0; round < rounds.count; round++) {
            String name = "Page desk " + unique("");
            List<String> forms = admins.stream().map(admin -> {
                Http.Answer page = admin.get("admin/teams.xhtml", null);
                assertThat(page.status()).as(page.toString()).isEqualTo(200);
                return FoundationIT.formBody(page.body(), "newTeamForm", "newTeamForm:name", name, "newTeamForm:create", "");
            }).toList();
            List<Http.Answer> answers = AtOnce.run(THREADS, i -> () -> admins.get(i).postForm("admin/teams.xhtml", forms.get(i)));

            List<String> wrong = new ArrayList<>();
            long founded = answers.stream().filter(a -> a.status() == 302 && a.header("Location").orElse("").contains("admin/teams")).count();
            if (founded != 1) {
                wrong.add(founded + " answers said the team was founded");
            }
            answers.stream().filter(a -> a.status() != 302).filter(a -> a.status() != 200 || !a.body().contains("newTeamForm")
                    || !(a.body().contains("A team with this name exists already.") || a.body().contains("at the same moment")))
                    .forEach(a -> wrong.add("answered " + a.status() + " without the message on the page: "
                            + a.body().substring(0, Math.min(300, a.body().length()))));
            long stored = teamsNamed(name);
            if (stored != 1) {
                wrong.add(stored + " teams stored");
            }
            rounds.record(round, answers, wrong);
        }
        rounds.assertNoneFailed();
    }

    private long teamsNamed(String name) {
        return api().get("api/admin/teams", "admin").array().getValuesAs(JsonObject.class).stream().filter(t -> name.equals(t.getString("name"))).count();
    }

    @Test
    void theFirstDecisionOnABentRule_madeAtOnce_isStoredOnce_andNobodyGetsAServerErrorOrAStaleRefusal() {
        Rounds rounds = new Rounds("first decision on a bent rule", THREADS, 8);
        String team = "Bent desk " + unique("");
        assertThat(api().post("api/admin/teams", "admin", "{\"name\":\"" + team + "\"}").status()).isEqualTo(201);
        String reporter = createUser(unique("bender"), "[\"EMPLOYEE\"]", "[\"" + team + "\"]", "[]");
        String leader = createUser(unique("decider"), "[\"EMPLOYEE\",\"LEADER\"]", "[\"" + team + "\"]", "[\"" + team + "\"]");
        for (int round = 0; round < rounds.count; round++) {
            String rule = "Rule number " + unique("");
            Http.Answer filed = api().post("api/reports", reporter, Json.createObjectBuilder().add("title", "Let a guest in early")
                    .add("narrative", "The room was ready, so the guest went up.")
                    .add("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())
                    .add("team", team).add("kind", "NO_HARM").add("customerImpact", "NONE").add("reporterMode", "NAMED")
                    .add("bentRule", Json.createObjectBuilder().add("rule", rule).add("reason", "Regular guest")).build().toString());
            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
            String[] decisions = {"KEEP", "CHANGE", "RETIRE"};
            List<Http.Answer> answers = AtOnce.run(THREADS, i -> () -> api().post("api/bent-rules/decisions", leader,
                    "{\"team\":\"" + team + "\",\"rule\":\"" + rule + "\",\"decision\":\"" + decisions[i % 3] + "\"}"));

            List<String> wrong = new ArrayList<>();
            for (Http.Answer a : answers) {
                boolean decided = a.status() == 200;
                boolean refused = a.status() == 409 && isProblemNaming(a, "rule", "input.bentRule.decidedMeanwhile");
                if (!decided && !refused) {
                    wrong.add("answered " + a);
                }
            }
            List<JsonObject> entries = api().get("api/bent-rules?team=" + URLEncoder.encode(team, StandardCharsets.UTF_8), leader).array()
                    .getValuesAs(JsonObject.class).stream().filter(e -> rule.equals(e.getString("rule"))).toList();
            if (entries.size() != 1 || !entries.get(0).containsKey("decision")) {
                wrong.add("the register shows " + entries);
            }
            rounds.record(round, answers, wrong);
        }
        rounds.assertNoneFailed();
    }

    /** Exactly one answer is the success; every other is a 409 (or, once the winner had committed, 400) problem naming the field. */
    private static List<String> oneCreatedTheOthersRefused(List<Http.Answer> answers, int created, String field, String code) {
        List<String> wrong = new ArrayList<>();
        long successes = answers.stream().filter(a -> a.status() == created).count();
        if (successes != 1) {
            wrong.add(successes + " answers were " + created);
        }
        answers.stream().filter(a -> a.status() != created)
                .filter(a -> !((a.status() == 409 || a.status() == 400) && isProblemNaming(a, field, code)))
                .forEach(a -> wrong.add("answered " + a));
        return wrong;
    }

    private static boolean isProblemNaming(Http.Answer answer, String field, String code) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return false;
        }
        JsonObject problem = answer.json();
        return problem.getInt("status") == answer.status() && code.equals(problem.getString("code", null))
                && problem.containsKey("errors") && problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> field.equals(e.getString("field", null)) && code.equals(e.getString("code", null)));
    }

    // --- review writes without If-Match ---

    @Test
    void reviewWritesWithoutIfMatch_sentAtOnce_areAllApplied_whileAStaleIfMatchIsStill412() {
        Rounds rounds = new Rounds("unconditional review writes", THREADS, 6);
        String team = "Review burst " + unique("");
        assertThat(api().post("api/admin/teams", "admin", "{\"name\":\"" + team + "\"}").status()).isEqualTo(201);
        String reporter = createUser(unique("storyteller"), "[\"EMPLOYEE\"]", "[\"" + team + "\"]", "[]");
        String leader = createUser(unique("editor"), "[\"EMPLOYEE\",\"LEADER\"]", "[\"" + team + "\"]", "[\"" + team + "\"]");
        String[] fields = {"summary", "whatHappened", "why", "howFixed", "wentWell", "wentWrong", "gotLucky", "takeaway"};
        for (int round = 0; round < rounds.count; round++) {
            String reviewId = reviewOf(team, reporter, leader);
            String staleTag = api().get("api/reviews/" + reviewId, leader).header("ETag").orElseThrow();
            String at = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
            // Half the threads change a text of the story, half add a moment to the timeline; odd ones send "If-Match: *".
            IntFunction<java.util.concurrent.Callable<Http.Answer>> write = i -> () -> {
                String ifMatch = i % 4 == 1 ? "*" : null;
                HttpRequest.Builder request = i % 2 == 0
                        ? api().request("api/reviews/" + reviewId, leader).header("Content-Type", "application/json")
                                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"" + fields[i] + "\":\"Text " + i + "\"}", StandardCharsets.UTF_8))
                        : api().request("api/reviews/" + reviewId + "/timeline", leader).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"at\":\"" + at + "\",\"text\":\"Moment " + i + "\",\"kind\":\"EVENT\"}",
                                        StandardCharsets.UTF_8));
                if (ifMatch != null) {
                    request.header("If-Match", ifMatch);
                }
                return api().send(request.build());
            };
            List<Http.Answer> answers = AtOnce.run(THREADS, write);

            List<String> wrong = new ArrayList<>();
            answers.stream().filter(a -> a.status() != 200).forEach(a -> wrong.add("answered " + a));
            JsonObject review = api().get("api/reviews/" + reviewId, leader).json();
            for (int i = 0; i < THREADS; i += 2) {
                if (!("Text " + i).equals(review.getString(fields[i], null))) {
                    wrong.add(fields[i] + " is " + review.get(fields[i]));
                }
            }
            Set<String> moments = review.getJsonArray("timeline").getValuesAs(JsonObject.class).stream().map(e -> e.getString("text"))
                    .collect(Collectors.toSet());
            for (int i = 1; i < THREADS; i += 2) {
                if (!moments.contains("Moment " + i)) {
                    wrong.add("the timeline lacks Moment " + i + ": " + moments);
                }
            }
            Http.Answer stale = api().send(api().request("api/reviews/" + reviewId, leader).header("Content-Type", "application/json")
                    .header("If-Match", staleTag).method("PATCH", HttpRequest.BodyPublishers.ofString("{\"summary\":\"Late\"}", StandardCharsets.UTF_8))
                    .build());
            if (stale.status() != 412) {
                wrong.add("a stale If-Match answered " + stale.status());
            }
            rounds.record(round, answers, wrong);
        }
        rounds.assertNoneFailed();
    }

    @Test
    void anActionItemMovedFromSeveralTabsAtOnce_withoutIfMatch_isNeverAStaleRefusal() {
        Rounds rounds = new Rounds("unconditional action moves", THREADS, 6);
        String team = "Action burst " + unique("");
        assertThat(api().post("api/admin/teams", "admin", "{\"name\":\"" + team + "\"}").status()).isEqualTo(201);
        String reporter = createUser(unique("storyteller"), "[\"EMPLOYEE\"]", "[\"" + team + "\"]", "[]");
        String leaderName = unique("owner");
        String leader = createUser(leaderName, "[\"EMPLOYEE\",\"LEADER\"]", "[\"" + team + "\"]", "[\"" + team + "\"]");
        for (int round = 0; round < rounds.count; round++) {
            String reviewId = reviewOf(team, reporter, leader);
            Http.Answer planned = api().post("api/reviews/" + reviewId + "/actions", leader,
                    "{\"title\":\"Check the terminal before a second charge\",\"type\":\"CORRECTIVE\",\"owner\":\"" + leaderName + "\"}");
            assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
            String actionId = planned.json().getString("id");
            // Half the tabs start the work, half say it is done; none knows the item's version.
            List<Http.Answer> answers = AtOnce.run(THREADS, i -> () -> api().post("api/actions/" + actionId + "/status", leader,
                    i % 2 == 0 ? "{\"status\":\"IN_PROGRESS\"}" : "{\"status\":\"DONE\"}"));

            List<String> wrong = new ArrayList<>();
            answers.stream().filter(a -> a.status() != 200 && a.status() != 409).forEach(a -> wrong.add("answered " + a));
            answers.stream().filter(a -> a.status() == 409 && !a.contentType().startsWith("application/problem+json"))
                    .forEach(a -> wrong.add("a refusal without problem JSON: " + a));
            if (answers.stream().noneMatch(a -> a.status() == 200)) {
                wrong.add("no move was applied");
            }
            rounds.record(round, answers, wrong);
        }
        rounds.assertNoneFailed();
    }

    private String reviewOf(String team, String reporter, String leader) {
        Http.Answer filed = api().post("api/reports", reporter, Json.createObjectBuilder().add("title", "Guest charged twice")
                .add("narrative", "The terminal timed out; the payment ran twice.")
                .add("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", team).add("kind", "CUSTOMER_HARMED").add("customerImpact", "MINOR").add("reporterMode", "NAMED").build().toString());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        Http.Answer triaged = api().post("api/reports/" + filed.json().getString("id") + "/triage", leader, "{\"decision\":\"REVIEW\"}");
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        return triaged.json().getString("reviewId");
    }

    // --- helpers ---

    private String createUser(String username, String roles, String teams, String leads) {
        return createUser(username, roles, teams, leads, PASSWORD);
    }

    private String createUser(String username, String roles, String teams, String leads, String password) {
        String body = """
                {"username":"%s","displayName":"Test %s","password":"%s","roles":%s,"teams":%s,"leads":%s}"""
                .formatted(username, username, password, roles, teams, leads);
        Http.Answer created = api().post("api/admin/users", "admin", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username + ":" + password;
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** The rounds of one case, and what went wrong in each; printed as one line for the before/after table. */
    private static final class Rounds {
        private final String name;
        private final int threads;
        private final int count;
        private final Map<Integer, List<String>> failed = new java.util.TreeMap<>();
        private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

        Rounds(String name, int threads, int count) {
            this.name = name;
            this.threads = threads;
            this.count = count;
        }

        void record(int round, List<Http.Answer> answers, List<String> wrong) {
            answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
            record(round, wrong);
        }

        void record(int round, List<String> wrong) {
            if (!wrong.isEmpty()) {
                failed.put(round, wrong);
            }
        }

        void assertNoneFailed() {
            LOG.info(() -> String.format("CONCURRENCY %s: %d threads, %d rounds, %d failed; answers by status %s", name, threads, count, failed.size(), statuses));
            failed.forEach((round, wrong) -> LOG.info(() -> String.format("CONCURRENCY %s: round %d: %s", name, round, wrong)));
            assertThat(failed).as(name + ": rounds that went wrong, of " + count).isEmpty();
        }
    }
}
