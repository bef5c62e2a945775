import dimple.infrastructure.coaching.GeneratedRecords;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The seeding and anchor half of {@code bench/run}; the load half is wrk. Each command prints one
 * line of results, tab separated, for the script to read.
 *
 * <ul>
 * <li>{@code seed-coaching URL N}: N shared coaching records (a kilobyte of text each, some comments
 * that look like formulas; the infrastructure tests' generator) for the demo team, with JDBC batches,
 * while the server is stopped.</li>
 * <li>{@code seed-reports BASE N CLIENTS}: N reports through the API as emma, each with one or two
 * affected customers (so one or two recovery cases), from CLIENTS concurrent clients.</li>
 * <li>{@code jdbc-commits URL SECONDS CLIENTS}: the anchor of P3: single-row inserts, each its own
 * durable commit, from CLIENTS threads for SECONDS; prints requests/s, p50 and p99 in ms.</li>
 * <li>{@code csvwrite URL FILE ROUNDS}: the anchor of P5: H2's CSVWRITE of the rows HR exports, in the
 * export's order, ROUNDS times after a warm-up; prints the median ms and the row count.</li>
 * </ul>
 */
public class BenchTool {
    static final String USER = "dimple";
    /** Diagnostics; standard output carries only the result lines that bench/run reads. */
    static final Logger LOG = Logger.getLogger(BenchTool.class.getName());

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed-coaching" -> seedCoaching(args[1], Integer.parseInt(args[2]));
            case "seed-reports" -> seedReports(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "jdbc-commits" -> jdbcCommits(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "csvwrite" -> csvWrite(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    static String one(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The coaching records the infrastructure's export tests use ({@code GeneratedRecords}), for the demo team. */
    static void seedCoaching(String url, int count) throws Exception {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, USER, USER)) {
            GeneratedRecords.insert(c, count, one(c, "select id from account where username = 'emma'"),
                    one(c, "select id from account where username = 'lena'"), one(c, "select id from team where name = 'Front Desk'"));
            try (Statement s = c.createStatement()) {
                s.execute("analyze");
            }
        }
        System.out.printf("seeded\t%d\tcoaching records\t%.1f s%n", count, (System.nanoTime() - started) / 1e9);
    }

    static void seedReports(String base, int count, int clients) throws Exception {
        long started = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("emma:dimple-demo".getBytes(StandardCharsets.UTF_8));
        String[] kinds = {"CUSTOMER_HARMED", "NO_HARM", "NEAR_MISS", "UNSAFE_CONDITION", "GOOD_CATCH"};
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String customers = i % 3 == 0
                            ? "[{\"customerRef\":\"Order %d\",\"proactive\":true},{\"customerRef\":\"Order %d-b\",\"thankBystanders\":true}]".formatted(i, i)
                            : "[{\"customerRef\":\"Order %d\"}]".formatted(i);
                    String body = ("{\"title\":\"Seeded report %d\",\"narrative\":\"The card encoder wrote room 214 while the screen showed 241; "
                            + "the guest came back to the desk.\",\"occurredAt\":\"%s\",\"team\":\"Front Desk\",\"kind\":\"%s\","
                            + "\"customerImpact\":\"MINOR\",\"reporterMode\":\"%s\",\"affectedCustomers\":%s}").formatted(i,
                            Instant.now().minus(1 + i % 300, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), kinds[i % kinds.length],
                            i % 4 == 0 ? "CONFIDENTIAL" : "NAMED", customers);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/reports")).timeout(Duration.ofSeconds(60))
                            .header("Authorization", auth).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    try {
                        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 201 && failed.incrementAndGet() <= 3) {
                            LOG.warning(() -> "report refused: " + answer.statusCode() + " " + answer.body());
                        }
                    } catch (Exception e) {
                        if (failed.incrementAndGet() <= 3) {
                            LOG.warning(() -> "report not sent: " + e);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("seeded\t%d\treports\t%.1f s\t%d failed%n", count, (System.nanoTime() - started) / 1e9, failed.get());
        if (failed.get() > 0) {
            System.exit(1);
        }
    }

    static void jdbcCommits(String url, int seconds, int clients) throws Exception {
        String filler = "The card encoder wrote room 214 while the screen showed 241; the guest came back to the desk. ".repeat(4);
        try (Connection c = DriverManager.getConnection(url, USER, USER); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_commit (id varchar(36) primary key, number bigint, created_at timestamp with time zone, "
                    + "title varchar(400), narrative varchar(8000))");
        }
        for (int phase = 0; phase < 2; phase++) {
            boolean measured = phase == 1;
            long until = System.nanoTime() + (measured ? seconds : Math.min(5, seconds)) * 1_000_000_000L;
            List<long[]> latencies = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<long[]>> done = new ArrayList<>();
            AtomicInteger numbers = new AtomicInteger();
            for (int t = 0; t < clients; t++) {
                done.add(pool.submit(() -> {
                    long[] mine = new long[1 << 16];
                    int n = 0;
                    try (Connection c = DriverManager.getConnection(url, USER, USER);
                         PreparedStatement insert = c.prepareStatement("insert into bench_commit values (?, ?, ?, ?, ?)")) {
                        c.setAutoCommit(true);
                        while (System.nanoTime() < until) {
                            long start = System.nanoTime();
                            int number = numbers.incrementAndGet();
                            insert.setString(1, UUID.randomUUID().toString());
                            insert.setLong(2, number);
                            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                            insert.setString(4, "Benchmark row " + number);
                            insert.setString(5, filler);
                            insert.executeUpdate();
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = System.nanoTime() - start;
                        }
                    }
                    return Arrays.copyOf(mine, n);
                }));
            }
            for (Future<long[]> f : done) {
                latencies.add(f.get());
            }
            pool.shutdown();
            if (measured) {
                long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
                System.out.printf("jdbc\t%.1f\t%.2f\t%.2f%n", all.length / (double) seconds, all[all.length / 2] / 1e6,
                        all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6);
            }
        }
    }

    /** The rows and columns of the HR export of every shared record, as {@code JpaCoachingExporter} writes them. */
    static final String EXPORT_QUERY = "SELECT r.id \"Record id\", e.username \"Employee\", e.display_name \"Employee name\", t.name \"Team\", "
            + "c.username \"Coach\", c.display_name \"Coach name\", r.held_on \"Held on\", r.topic \"Topic\", r.expectation \"Expectation\", "
            + "r.observations \"Observations\", r.agreed_actions \"Agreed actions\", r.follow_up_on \"Follow-up on\", "
            + "(SELECT LISTAGG(l.lesson_id, ' ') WITHIN GROUP (ORDER BY l.lesson_id) FROM coaching_record_lesson l WHERE l.record_id = r.id) \"Lessons\", "
            + "r.status \"Status\", r.shared_at \"Shared at\", r.employee_response \"Employee response\", r.employee_comment \"Employee comment\", "
            + "r.responded_at \"Responded at\", r.closed_at \"Closed at\", r.retain_until \"Retain until\", r.assessment_id \"Assessment id\" "
            + "FROM coaching_record r JOIN account e ON e.id = r.employee_account_id JOIN account c ON c.id = r.coach_account_id "
            + "JOIN team t ON t.id = r.team_id WHERE r.status <> 'DRAFT' ORDER BY r.held_on, r.id";

    static void csvWrite(String url, Path file, int rounds) throws Exception {
        List<Long> millis = new ArrayList<>();
        long rows = 0;
        try (Connection c = DriverManager.getConnection(url, USER, USER); Statement s = c.createStatement()) {
            for (int round = 0; round <= rounds; round++) {
                long started = System.nanoTime();
                try (ResultSet rs = s.executeQuery("CALL CSVWRITE('" + file.toAbsolutePath() + "', '" + EXPORT_QUERY.replace("'", "''")
                        + "', 'charset=UTF-8')")) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                if (round > 0) {
                    millis.add((System.nanoTime() - started) / 1_000_000);
                }
            }
        }
        millis.sort(null);
        System.out.printf("csvwrite\t%d\t%d\t%d%n", millis.get(millis.size() / 2), rows, Files.size(file));
    }
}
