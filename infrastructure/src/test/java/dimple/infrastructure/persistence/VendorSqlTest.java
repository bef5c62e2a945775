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
    private static final Path COMMON_MIGRATIONS = Path.of("src", "main", "resources", "db", "migration", "common");

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
