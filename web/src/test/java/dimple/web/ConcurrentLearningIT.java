package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Triage, action items, endorsements and the lessons board under requests sent at the same moment
 * (issue 20 cases 2, 3, 5, 6, and the same person endorsing from several tabs): {@value #THREADS}
 * threads released together by {@link AtOnce}, round after round, because a race shows only in some
 * rounds. Each test gathers what went wrong in every round and fails once at the end, naming how many
 * rounds failed, so a run tells how often the race is lost. Every test works in a team of its own with
 * people it creates.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentLearningIT {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ConcurrentLearningIT.class.getName());
    private static final String PASSWORD = "a long enough passphrase";
    private static final int THREADS = 8;

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    private Http api() {
        return Http.api(base);
    }

    private record Team(String name, Person leader, Person reporter, List<Person> members) {
    }

    private record Person(String username, String credentials) {
    }

    /** What went wrong in the rounds of one test. */
    private static final class Rounds {
        private final String what;
        private final int rounds;
        private final List<String> failures = new ArrayList<>();
        private int failed;

        Rounds(String what, int rounds) {
            this.what = what;
            this.rounds = rounds;
        }

        void round(int round, List<String> problems) {
            if (!problems.isEmpty()) {
                failed++;
                failures.add("round " + round + ": " + String.join("; ", problems));
            }
        }

        void verify() {
            LOG.info(() -> "CONCURRENCY " + what + ": " + failed + " of " + rounds + " rounds failed, " + THREADS + " threads");
            assertThat(failures).as(what + ": " + failed + " of " + rounds + " rounds failed").isEmpty();
        }
    }

    private Team team(int members) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String name = "Busy desk " + suffix;
        assertThat(api().post("api/admin/teams", "admin", "{\"name\":\"" + name + "\"}").status()).isEqualTo(201);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            people.add(person("m" + i + suffix, "[\"EMPLOYEE\"]", name, null));
        }
        Team team = new Team(name, person("lead" + suffix, "[\"EMPLOYEE\",\"LEADER\"]", name, name),
                person("rep" + suffix, "[\"EMPLOYEE\"]", name, null), people);
        // Each person's first call checks their password in full (ADR 6), one check per core at a time:
        // made once here, so that the requests of a round are not spread out by it.
        for (Person p : people) {
            assertThat(api().get("api/me", p.credentials()).status()).isEqualTo(200);
        }
        return team;
    }

    private Person person(String username, String roles, String team, String leads) {
        String body = "{\"username\":\"%s\",\"displayName\":\"Quill %s\",\"password\":\"%s\",\"roles\":%s,\"teams\":[\"%s\"],\"leads\":%s}"
                .formatted(username, username, PASSWORD, roles, team, leads == null ? "[]" : "[\"" + leads + "\"]");
        Http.Answer created = api().post("api/admin/users", "admin", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Person(username, username + ":" + PASSWORD);
    }

    private String report(Team team) {
        String body = Json.createObjectBuilder().add("title", "Guest charged twice").add("narrative", "The terminal timed out; the payment ran twice.")
                .add("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("team", team.name()).add("kind", "CUSTOMER_HARMED").add("customerImpact", "MINOR").add("reporterMode", "NAMED")
                .build().toString();
        Http.Answer filed = api().post("api/reports", team.reporter().credentials(), body);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.json().getString("id");
    }

    /** A review of a new report with {@code actions} action items, approved and ready to publish; returns its id and the items' ids. */
    private Approved approvedReview(Team team, int actions) {
        Person lead = team.leader();
        Http.Answer triaged = api().post("api/reports/" + report(team) + "/triage", lead.credentials(), "{\"decision\":\"REVIEW\"}");
        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        String id = triaged.json().getString("reviewId");
        Http.Answer factor = api().post("api/reviews/" + id + "/factors", lead.credentials(),
                "{\"category\":\"TOOLS\",\"description\":\"No timeout screen\",\"whys\":[\"Never switched on\"]}");
        assertThat(factor.status()).as(factor.toString()).isEqualTo(200);
        List<String> actionIds = new ArrayList<>();
        for (int i = 0; i < actions; i++) {
            Http.Answer action = api().post("api/reviews/" + id + "/actions", lead.credentials(),
                    // No digits in what a lesson shows: LearningIT expects no lesson to match "1".
                    "{\"title\":\"Switch on the timeout screen\",\"type\":\"CORRECTIVE\",\"owner\":\""
                            + team.members().get(i % team.members().size()).username() + "\"}");
            assertThat(action.status()).as(action.toString()).isEqualTo(200);
            actionIds.add(action.json().getString("id"));
        }
        assertThat(move(id, lead, "IN_REVIEW").status()).isEqualTo(200);
        assertThat(move(id, lead, "APPROVED").status()).isEqualTo(200);
        return new Approved(id, actionIds);
    }

    private record Approved(String reviewId, List<String> actionIds) {
    }

    private Http.Answer move(String reviewId, Person who, String to) {
        return api().post("api/reviews/" + reviewId + "/transitions", who.credentials(), "{\"to\":\"" + to + "\"}");
    }

    /** Publishes an approved review; returns its lesson's id. */
    private String publish(Team team, Approved review) {
        Http.Answer published = move(review.reviewId(), team.leader(), "PUBLISHED");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return published.json().getString("lessonId");
    }

    /** Problems with answers: a 500 (or any 5xx), a status not expected, an error that is not problem JSON. */
    private static List<String> unexpected(List<Http.Answer> answers, int... allowed) {
        List<String> problems = new ArrayList<>();
        for (Http.Answer answer : answers) {
            boolean ok = false;
            for (int status : allowed) {
                ok |= answer.status() == status;
            }
            if (!ok) {
                problems.add("answered " + abbreviate(answer.toString()));
            } else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
                problems.add(answer.status() + " without problem JSON");
            }
        }
        return problems;
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private static boolean within(long millis, BooleanSupplier condition) {
        long until = System.nanoTime() + millis * 1_000_000;
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() - until > 0) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private long told(Person reporter, String kind) {
        Http.Answer inbox = api().get("api/inbox?size=100", reporter.credentials());
        assertThat(inbox.status()).isEqualTo(200);
        return inbox.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(n -> kind.equals(n.getString("kind"))).count();
    }

    /** Case 2: the last action items of a lesson set to done at the same moment; the lesson is implemented and the reporter told once. */
    @Test
    void theLastActionItemsDoneAtOnce_implementTheLesson_andTheReporterIsToldOnce() {
        Team team = team(THREADS);
        Rounds rounds = new Rounds("case 2: last action items done at once", 20);
        for (int round = 1; round <= rounds.rounds; round++) {
            Approved review = approvedReview(team, THREADS);
            String lessonId = publish(team, review);
            long before = told(team.reporter(), "LESSON_IMPLEMENTED");

            List<Http.Answer> answers = AtOnce.run(THREADS, i -> () -> api().post("api/actions/" + review.actionIds().get(i) + "/status",
                    team.members().get(i).credentials(), "{\"status\":\"DONE\"}"));

            List<String> problems = unexpected(answers, 200);
            boolean implemented = within(5_000,
                    () -> "IMPLEMENTED".equals(api().get("api/lessons/" + lessonId, team.reporter().credentials()).json().getString("status")));
            if (!implemented) {
                problems.add("the lesson stayed " + api().get("api/lessons/" + lessonId, team.reporter().credentials()).json().getString("status"));
            } else {
                within(5_000, () -> told(team.reporter(), "LESSON_IMPLEMENTED") > before);
                long toldNow = told(team.reporter(), "LESSON_IMPLEMENTED") - before;
                if (toldNow != 1) {
                    problems.add("the reporter was told " + toldNow + " times");
                }
            }
            rounds.round(round, problems);
        }
        rounds.verify();
    }

    private String status(Team team, String reportId) {
        Http.Answer read = api().get("api/reports/" + reportId, team.leader().credentials());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json().getString("status");
    }

    private Http.Answer duplicate(Team team, String reportId, String originalId) {
        return api().post("api/reports/" + reportId + "/triage", team.leader().credentials(),
                "{\"decision\":\"DUPLICATE\",\"duplicateOf\":\"" + originalId + "\"}");
    }

    /** Case 3: A as a duplicate of B and B of A at the same moment: one wins, the others get 409 problem JSON. */
    @Test
    void twoReportsMarkedDuplicatesOfEachOtherAtOnce_oneWins_theOthersAre409() {
        Team team = team(1);
        Rounds rounds = new Rounds("case 3: A duplicate of B and B of A at once", 10);
        for (int round = 1; round <= rounds.rounds; round++) {
            String a = report(team);
            String b = report(team);

            List<Http.Answer> answers = AtOnce.run(THREADS, i -> () -> i % 2 == 0 ? duplicate(team, a, b) : duplicate(team, b, a));

            List<String> problems = unexpected(answers, 200, 409);
            long won = answers.stream().filter(x -> x.status() == 200).count();
            if (won != 1) {
                problems.add(won + " answers were 200");
            }
            if ("DUPLICATE".equals(status(team, a)) && "DUPLICATE".equals(status(team, b))) {
                problems.add("each is a duplicate of the other");
            }
            rounds.round(round, problems);
        }
        rounds.verify();
    }

    /** Case 3: A as a duplicate of B and B of C at the same moment never make a chain A -> B -> C. */
    @Test
    void aDuplicateOfAReportThatBecomesADuplicateAtOnce_neverMakesAChain() {
        Team team = team(1);
        Rounds rounds = new Rounds("case 3: A duplicate of B and B of C at once", 10);
        for (int round = 1; round <= rounds.rounds; round++) {
            String a = report(team);
            String b = report(team);
            String c = report(team);

            List<Http.Answer> answers = AtOnce.run(THREADS, i -> () -> i % 2 == 0 ? duplicate(team, a, b) : duplicate(team, b, c));

            List<String> problems = unexpected(answers, 200, 409);
            long won = answers.stream().filter(x -> x.status() == 200).count();
            if (won != 1) {
                problems.add(won + " answers were 200");
            }
            if ("DUPLICATE".equals(status(team, a)) && "DUPLICATE".equals(status(team, b))) {
                problems.add("A -> B -> C is a chain");
            }
            rounds.round(round, problems);
        }
        rounds.verify();
    }

    private int endorsements(String lessonId, Person who, String kind) {
        Http.Answer read = api().get("api/lessons/" + lessonId, who.credentials());
        assertThat(read.status()).isEqualTo(200);
        return read.json().getJsonObject("endorsements").getInt(kind);
    }

    private Http.Answer endorse(String lessonId, Person who, String kind) {
        return api().post("api/lessons/" + lessonId + "/endorsements", who.credentials(), "{\"kind\":\"" + kind + "\"}");
    }

    /** Case 5: different people endorse one lesson at the same moment, without If-Match: every endorsement counts, none is 412. */
    @Test
    void differentPeopleEndorsingAtOnce_allCount_andNobodyGets412() {
        Team team = team(THREADS);
        Rounds rounds = new Rounds("case 5: different people endorse at once", 5);
        for (int round = 1; round <= rounds.rounds; round++) {
            String lessonId = publish(team, approvedReview(team, 1));

            List<Http.Answer> answers = AtOnce.run(THREADS, i -> () -> endorse(lessonId, team.members().get(i), "APPLIES_TO_MY_TEAM"));

            List<String> problems = unexpected(answers, 200);
            int counted = endorsements(lessonId, team.reporter(), "APPLIES_TO_MY_TEAM");
            if (counted != THREADS) {
                problems.add(counted + " endorsements counted of " + THREADS);
            }
            rounds.round(round, problems);
        }
        rounds.verify();
    }

    /** Case 4: one person endorses from several tabs at the same moment: it counts once, and every tab gets a sensible answer. */
    @Test
    void onePersonEndorsingFromSeveralTabsAtOnce_countsOnce_andNoTabGets500() {
        Team team = team(1);
        Person me = team.members().get(0);
        Rounds rounds = new Rounds("case 4: one person endorses from several tabs at once", 5);
        for (int round = 1; round <= rounds.rounds; round++) {
            String lessonId = publish(team, approvedReview(team, 1));

            List<Http.Answer> answers = AtOnce.run(THREADS, i -> () -> endorse(lessonId, me, "I_APPLIED_THIS"));

            List<String> problems = unexpected(answers, 200, 409);
            int counted = endorsements(lessonId, team.reporter(), "I_APPLIED_THIS");
            if (counted != 1) {
                problems.add(counted + " endorsements counted");
            }
            JsonObject mine = api().get("api/lessons/" + lessonId, me.credentials()).json();
            if (mine.containsKey("mine") && !mine.getJsonArray("mine").toString().contains("I_APPLIED_THIS")) {
                problems.add("the lesson does not show the endorsement as theirs");
            }
            rounds.round(round, problems);
        }
        rounds.verify();
    }

    private long boardTotal() {
        Http.Answer board = api().get("api/lessons?size=1", "emma");
        assertThat(board.status()).isEqualTo(200);
        return board.json().getJsonNumber("total").longValue();
    }

    /**
     * Case 6: lessons published at the same moment are counted on the board at once, and the page of the
     * last of them is not empty.
     */
    @Test
    void lessonsPublishedAtOnce_areCountedOnTheBoardAtOnce_andTheLastPageIsNeverEmpty() {
        Team team = team(1);
        Rounds rounds = new Rounds("case 6: the board right after lessons published at once", 3);
        for (int round = 1; round <= rounds.rounds; round++) {
            List<Approved> reviews = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                reviews.add(approvedReview(team, 1));
            }
            long before = boardTotal();

            List<Http.Answer> answers = AtOnce.run(THREADS, i -> () -> move(reviews.get(i).reviewId(), team.leader(), "PUBLISHED"));

            List<String> problems = unexpected(answers, 200);
            long after = boardTotal();
            if (after != before + THREADS) {
                problems.add("the board counted " + after + " lessons, " + (before + THREADS) + " exist");
            }
            Http.Answer last = api().get("api/lessons?size=1&page=" + (before + THREADS - 1), "emma");
            if (last.status() != 200 || last.json().getJsonArray("items").isEmpty()) {
                problems.add("the page of the last lesson is empty: " + abbreviate(last.toString()));
            }
            rounds.round(round, problems);
        }
        rounds.verify();
    }
}
