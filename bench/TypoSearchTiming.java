import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.domain.learning.ForgivingSearch;
import dimple.domain.learning.LessonQuery;
import dimple.domain.learning.LessonSearch;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.identity.JpaAccountRepository;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.learning.LearningAdapters;
import dimple.infrastructure.persistence.DatabaseVendor;
import dimple.infrastructure.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * How long the board's search takes for a typo, before and after typos were forgiven, on the lessons
 * {@code bench/run} seeds ({@link SeedLessons}, same generator and seed) in an in-memory H2 migrated by the
 * application's Flyway scripts, with the H2 adapter the application chooses. "Before" is the search as
 * typed, which is all the board ran before (and still runs first): it finds nothing for "refnud".
 * "After" is {@link ForgivingSearch}: the same, then the vocabulary read and the corrected search. The
 * anchor is the correctly spelled search in the same run. Prints one table; not a test.
 *
 * <pre>
 * mvn -B -q -o -pl infrastructure -am test-compile
 * mvn -B -q -o -pl infrastructure dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * CP=infrastructure/target/classes:infrastructure/target/test-classes:domain/target/classes:$(cat infrastructure/target/cp.txt)
 * javac -cp "$CP" -d target/typo-bench bench/SeedLessons.java bench/TypoSearchTiming.java
 * java -cp "$CP:target/typo-bench" TypoSearchTiming 100000 200
 * </pre>
 */
public class TypoSearchTiming {
    public static void main(String[] args) throws Exception {
        int lessons = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (TestDatabase db = TestDatabase.migrated(DatabaseVendor.H2)) {
            Instant now = Instant.now();
            db.run(em -> {
                new JpaTeamRepository(em).save(Team.found("Front Desk", now));
                new JpaTeamRepository(em).save(Team.found("Online Orders", now));
                new JpaAccountRepository(em).save(Account.open("lena", "Lena Leader", "hash", Set.of(Role.LEADER), now));
            });
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.execute("create user if not exists dimple password 'dimple' admin");
            }
            SeedLessons.main(new String[] {db.url(), String.valueOf(lessons)});
            String[][] cases = {
                    {"refund (spelled right, anchor)", "refund", "false"},
                    {"refnud, before: as typed only", "refnud", "true"},
                    {"refnud, after: forgiving", "refnud", "false"},
                    {"alergy, before", "alergy", "true"},
                    {"alergy, after", "alergy", "false"},
                    {"teh refnud wrnog crad, after", "teh refnud wrnog crad", "false"},
                    {"alergy note (note is found: not corrected), after", "alergy note", "false"},
                    {"zzzzqqq (nothing close), after", "zzzzqqq", "false"},
            };
            List<List<Double>> times = new ArrayList<>();
            Object[][] last = new Object[cases.length][2];
            for (int k = 0; k < cases.length; k++) {
                times.add(new ArrayList<>());
            }
            // Round by round, every case once, so that warming up, garbage collection and the machine's other load
            // fall on all cases alike.
            db.run(em -> {
                LessonSearch search = LearningAdapters.search(DatabaseVendor.H2, em, () -> null);
                for (int i = 0; i < rounds + 50; i++) {
                    for (int k = 0; k < cases.length; k++) {
                        long t0 = System.nanoTime();
                        ForgivingSearch.Found found = ForgivingSearch.search(search, cases[k][1], LessonQuery.everything(),
                                PageRequest.first(20), Boolean.parseBoolean(cases[k][2]));
                        double ms = (System.nanoTime() - t0) / 1e6;
                        em.clear();
                        if (i >= 50) {
                            times.get(k).add(ms);
                        }
                        last[k][0] = found.lessons().total();
                        last[k][1] = found.correctedQuery();
                    }
                }
            });
            System.out.println("| Search | found | corrected to | median ms | p90 ms |");
            System.out.println("|---|---:|---|---:|---:|");
            for (int k = 0; k < cases.length; k++) {
                List<Double> t = times.get(k);
                Collections.sort(t);
                System.out.printf("| %s | %s | %s | %.2f | %.2f |%n", cases[k][0], last[k][0], last[k][1] == null ? "-" : last[k][1],
                        t.get(t.size() / 2), t.get(t.size() * 9 / 10));
            }
            try (Connection c = db.connection(); Statement s = c.createStatement();
                 var rs = s.executeQuery("select count(*), sum(case when term >= 'a' then 1 else 0 end) from lesson_term_count where lessons > 0")) {
                rs.next();
                System.out.printf("vocabulary: %d terms, %d of them start with a letter%n", rs.getLong(1), rs.getLong(2));
            }
        }
    }
}
