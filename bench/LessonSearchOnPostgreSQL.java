import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.learning.ForgivingSearch;
import dimple.domain.learning.LessonQuery;
import dimple.domain.learning.LessonSearch;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.identity.JpaAccountRepository;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.learning.EmbeddedLessonSearch;
import dimple.infrastructure.learning.LearningAdapters;
import dimple.infrastructure.persistence.DatabaseVendor;
import dimple.infrastructure.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How long lesson search takes on PostgreSQL's full-text search (learning.postgresql) against the portable
 * search on the same PostgreSQL and H2's own, over the lessons {@code bench/run} seeds ({@link SeedLessons},
 * same generator and seed). On PostgreSQL the portable search runs first; then the documents are made from
 * the seeded term index by V41's statement, as on a database that had lessons before V40, and the full-text
 * search runs on the same lessons. A third argument {@code no-h2} leaves H2 out. Prints a table of median and p90 milliseconds per search (the
 * whole port call: ranked ids, total, and loading the page's lessons), and the plan of one search. Not a test.
 *
 * <pre>
 * mvn -B -q -o -pl infrastructure -am test-compile
 * mvn -B -q -o -pl infrastructure dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * CP=infrastructure/target/classes:infrastructure/target/test-classes:domain/target/classes:$(cat infrastructure/target/cp.txt)
 * javac -cp "$CP" -d target/pg-search-bench bench/SeedLessons.java bench/LessonSearchOnPostgreSQL.java
 * java -Ddimple.test.postgresql.url=jdbc:postgresql://127.0.0.1:PORT/dimple -Ddimple.test.postgresql.user=dimple \
 *   -Ddimple.test.postgresql.password=dimple -cp "$CP:target/pg-search-bench" LessonSearchOnPostgreSQL 100000 100
 * </pre>
 */
public class LessonSearchOnPostgreSQL {
    record Case(String name, Function<LessonSearch, Object> run) {
    }

    public static void main(String[] args) throws Exception {
        int lessons = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<Case> cases = List.of(
                new Case("\"refund sent to the wrong card\" (P4's query)", s -> s.search("refund sent to the wrong card", LessonQuery.everything(), PageRequest.first(20)).total()),
                new Case("\"minibar\" (one word, ~6% of lessons)", s -> s.search("minibar", LessonQuery.everything(), PageRequest.first(20)).total()),
                new Case("\"screen guide\" (only words in every lesson)", s -> s.search("screen guide", LessonQuery.everything(), PageRequest.first(20)).total()),
                new Case("\"case 4711\" (a rare number)", s -> s.search("case 4711", LessonQuery.everything(), PageRequest.first(20)).total()),
                new Case("\"minibar\", page 50", s -> s.search("minibar", LessonQuery.everything(), new PageRequest(50, 20)).total()),
                new Case("\"invoice\", kind NEAR_MISS", s -> s.search("invoice", new LessonQuery(null, null, dimple.domain.reporting.ReportKind.NEAR_MISS, null, null, null), PageRequest.first(20)).total()),
                new Case("\"refnud\" (typo, forgiving)", s -> ForgivingSearch.search(s, "refnud", LessonQuery.everything(), PageRequest.first(20), false).lessons().total()),
                new Case("similar to a narrative", s -> s.similar("The guest's room key was encoded for the wrong room during the weekend rush", 5).size()));
        boolean withH2 = args.length <= 2 || !"no-h2".equals(args[2]);
        List<String> rows = new ArrayList<>();
        rows.add(withH2 ? run(DatabaseVendor.H2, lessons, rounds, cases).get(0) : "-\n".repeat(cases.size()));
        rows.addAll(run(DatabaseVendor.POSTGRESQL, lessons, rounds, cases));
        System.out.printf("%d lessons, %d rounds after 20 to warm up; median / p90 ms (result)%n", lessons, rounds);
        System.out.print("| Search | H2 (chosen) | PostgreSQL, portable | PostgreSQL, full-text (chosen) |\n|---|---:|---:|---:|\n");
        String[][] cells = rows.stream().map(r -> r.split("\n")).toArray(String[][]::new);
        for (int k = 0; k < cases.size(); k++) {
            System.out.printf("| %s | %s | %s | %s |%n", cases.get(k).name(), cells[0][k], cells[1][k], cells[2][k]);
        }
    }

    /** H2: its chosen search. PostgreSQL: the portable search, then (documents made from the same term index) the full-text one. */
    private static List<String> run(DatabaseVendor vendor, int lessons, int rounds, List<Case> cases) throws Exception {
        try (TestDatabase db = TestDatabase.migrated(vendor)) {
            Instant now = Instant.now();
            db.run(em -> {
                new JpaTeamRepository(em).save(Team.found("Front Desk", now));
                new JpaTeamRepository(em).save(Team.found("Online Orders", now));
                new JpaAccountRepository(em).save(Account.open("lena", "Lena Leader", "hash", Set.of(Role.LEADER), now));
            });
            if (vendor == DatabaseVendor.H2) {
                try (Connection c = db.connection(); Statement s = c.createStatement()) {
                    s.execute("create user if not exists dimple password 'dimple' admin");
                }
            }
            SeedLessons.main(new String[] {db.url(), String.valueOf(lessons)});
            List<String> columns = new ArrayList<>();
            if (vendor == DatabaseVendor.H2) {
                columns.add(time(db, vendor, true, rounds, cases));
                return columns;
            }
            columns.add(time(db, vendor, false, rounds, cases));
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                String v41 = new String(LessonSearchOnPostgreSQL.class.getResourceAsStream(
                        "/db/migration/postgresql/V41__lesson_documents_from_the_term_index.sql").readAllBytes());
                long d0 = System.nanoTime();
                s.execute(v41.substring(0, v41.indexOf("delete from lesson_term")));
                s.execute("analyze lesson_document");
                System.out.printf("documents from the term index (V41): %.1f s%n", (System.nanoTime() - d0) / 1e9);
                try (ResultSet rs = s.executeQuery("select pg_size_pretty(pg_total_relation_size('lesson_document')),"
                        + " pg_size_pretty(pg_relation_size('lesson_document_words')), (select count(*) from lesson_document),"
                        + " pg_size_pretty(pg_total_relation_size('lesson_term'))")) {
                    rs.next();
                    System.out.printf("lesson_document: %s with its indexes (GIN %s), %d documents; lesson_term: %s with its indexes%n",
                            rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4));
                }
                explain(s, "with q as materialized (select plainto_tsquery('simple', 'minibar') q1) select d.lesson_id from q, lesson_document d"
                        + " where d.document @@ (q.q1) order by (case when d.document @@ q.q1 then 1 else 0 end) desc,"
                        + " ts_rank('{0.1, 0.4, 0.5, 1.0}', d.document, (q.q1)) desc, d.published_at desc, d.lesson_id"
                        + " offset 0 rows fetch next 20 rows only");
            }
            columns.add(time(db, vendor, true, rounds, cases));
            return columns;
        }
    }

    private static String time(TestDatabase db, DatabaseVendor vendor, boolean chosen, int rounds, List<Case> cases) {
        List<List<Double>> times = new ArrayList<>();
        cases.forEach(c -> times.add(new ArrayList<>()));
        Object[] last = new Object[cases.size()];
        db.run(em -> {
            LessonSearch search = chosen ? LearningAdapters.search(vendor, em, () -> null) : new EmbeddedLessonSearch(em);
            for (int i = 0; i < rounds + 20; i++) {
                for (int k = 0; k < cases.size(); k++) {
                    long s0 = System.nanoTime();
                    last[k] = cases.get(k).run().apply(search);
                    double ms = (System.nanoTime() - s0) / 1e6;
                    em.clear();
                    if (i >= 20) {
                        times.get(k).add(ms);
                    }
                }
            }
        });
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < cases.size(); k++) {
            List<Double> t = times.get(k);
            Collections.sort(t);
            out.append(String.format("%.1f / %.1f (%s)%n", t.get(t.size() / 2), t.get(t.size() * 9 / 10), last[k]));
        }
        return out.toString();
    }

    private static void explain(Statement s, String sql) throws Exception {
        System.out.println("EXPLAIN (ANALYZE, BUFFERS) of one word's first page:");
        try (ResultSet rs = s.executeQuery("explain (analyze, buffers) " + sql)) {
            while (rs.next()) {
                System.out.println("    " + rs.getString(1));
            }
        }
    }
}
