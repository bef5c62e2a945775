package dimple.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL that only some databases understand lives in the vendor packages and vendor migration folders only. */
class VendorSqlTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
    private static final Path COMMON_MIGRATIONS = MIGRATIONS.resolve("common");

    @Test
    void theGenericAdapters_holdOnlyStandardSql() {
        assertThat(VendorSql.inJavaOutsideVendorPackages(SOURCES)).as("move these into the context's vendor package, behind its port").isEmpty();
    }

    /**
     * V9 cuts existing audit entries to their day with {@code date_trunc} (H2 and PostgreSQL only). It
     * cannot change (databases hold its checksum) and cannot move (its tables are every vendor's); on a
     * new database it changes no row, as only databases of earlier builds hold such entries.
     */
    @Test
    void theCommonMigrations_holdOnlyStandardSql_butV9sUpdateOfExistingRows() {
        assertThat(VendorSql.inMigrations(COMMON_MIGRATIONS)).as("move these into the vendors' folders")
                .allSatisfy(f -> assertThat(f.file() + " " + f.construct()).isEqualTo("V9__confidential_activity.sql date function of some vendors"))
                .hasSize(1);
    }

    /** What is written for one vendor is never sent to another: H2's hints and MERGE never reach PostgreSQL, and the other way round. */
    @Test
    void eachVendorsPackagesAndMigrations_holdNoOtherVendorsSql() {
        for (DatabaseVendor vendor : DatabaseVendor.values()) {
            assertThat(VendorSql.foreignInJavaOfVendor(SOURCES, vendor)).as("Java of " + vendor.key()).isEmpty();
            assertThat(VendorSql.foreignInMigrationsOfVendor(MIGRATIONS, vendor)).as("migrations of " + vendor.key()).isEmpty();
        }
    }

    @Test
    void theRule_findsAnotherVendorsSqlInAVendorsPackage_andLeavesItsOwnAlone(@TempDir Path root) throws Exception {
        Path learning = Files.createDirectories(root.resolve("dimple/infrastructure/learning"));
        Path postgresql = Files.createDirectories(learning.resolve("postgresql"));
        Path h2 = Files.createDirectories(learning.resolve("h2"));
        Files.writeString(postgresql.resolve("PostgreSQLSearch.java"), """
                class PostgreSQLSearch {
                    String hinted = "select l.id from lesson l use index (lesson_team_newest) where l.team_id = ?1";
                    String merged = "merge into lesson_term_count c using (values (?1)) v (term) on c.term = v.term";
                    String own = "insert into lesson_term_count (term, lessons) values (?1, 1) on conflict (term) do update set lessons = 2";
                    String cast = "select cast(?1 as tsvector), ?2::text";
                }
                """);
        Files.writeString(h2.resolve("H2Search.java"), """
                class H2Search {
                    String own = "merge into lesson_term_count c using (values (?1)) v (term) on c.term = v.term";
                    String upsert = "insert into t (a) values (1) on conflict do nothing";
                }
                """);
        Path migrations = Files.createDirectories(root.resolve("migration/postgresql"));
        Files.writeString(migrations.resolve("V40__broken.sql"), "create index i on lesson (team_id);\nset referential_integrity false;\n"
                + "merge into t using u on t.id = u.id when matched then delete;\n");

        List<String> onPostgreSQL = VendorSql.foreignInJavaOfVendor(root, DatabaseVendor.POSTGRESQL).stream()
                .map(f -> f.line() + " " + f.construct()).toList();
        List<String> onH2 = VendorSql.foreignInJavaOfVendor(root, DatabaseVendor.H2).stream().map(f -> f.line() + " " + f.construct()).toList();
        List<String> inMigrations = VendorSql.foreignInMigrationsOfVendor(root.resolve("migration"), DatabaseVendor.POSTGRESQL).stream()
                .map(f -> f.line() + " " + f.construct()).toList();

        assertThat(onPostgreSQL).containsExactly("2 index hint (H2, MySQL)", "3 MERGE upsert (each vendor's own form)");
        assertThat(onH2).containsExactly("3 ON CONFLICT upsert (PostgreSQL)");
        assertThat(inMigrations).containsExactly("2 H2 command or function", "3 MERGE upsert (each vendor's own form)");
    }

    @Test
    void theRule_findsVendorSqlOutsideTheVendorPackages_andLeavesTheirsAlone(@TempDir Path root) throws Exception {
        Path generic = Files.createDirectories(root.resolve("dimple/infrastructure/learning"));
        Path h2 = Files.createDirectories(generic.resolve("h2"));
        Files.writeString(generic.resolve("Board.java"), """
                class Board {
                    // a comment saying limit 1, or "LIMIT" in quotes, is not SQL
                    /* nor is "merge into" in a block comment */
                    String page = "select l.id from lesson l use index (lesson_team_newest) order by l.id limit " + 12;
                    String portable = "select l.id from lesson l order by l.id fetch first ?1 rows only";
                    String months = "select year(r.submitted_at), count(*) from mistake_report r";
                }
                """);
        Files.writeString(h2.resolve("H2Board.java"), """
                class H2Board {
                    String merge = "merge into lesson_term_count c using (values (?1)) v (term) on c.term = v.term";
                }
                """);
        Path migrations = Files.createDirectories(root.resolve("common"));
        Files.writeString(migrations.resolve("V1__fine.sql"), "-- date_trunc in a comment is no statement\ncreate table t (id int);\n");
        Files.writeString(migrations.resolve("V2__not_fine.sql"), "insert into t select id from u limit 5;\n");

        List<String> java = VendorSql.inJavaOutsideVendorPackages(root).stream().map(f -> f.line() + " " + f.construct()).toList();
        List<String> sql = VendorSql.inMigrations(migrations).stream().map(f -> f.file() + " " + f.construct()).toList();

        assertThat(java).containsExactly("4 index hint (H2, MySQL)", "4 LIMIT (standard: FETCH FIRST n ROWS ONLY)",
                "6 date part function (standard: EXTRACT)");
        assertThat(sql).containsExactly("V2__not_fine.sql LIMIT (standard: FETCH FIRST n ROWS ONLY)");
    }
}
