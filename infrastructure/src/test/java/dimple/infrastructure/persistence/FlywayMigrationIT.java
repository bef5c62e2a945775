package dimple.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywayMigrationIT {
    /** The folder every migration lives under, in the module's sources (the tests run in the module's folder). */
    private static Path migrations() {
        return Path.of("src", "main", "resources", "db", "migration");
    }

    /**
     * Migrations Flyway would never read: those outside the common folder and the vendors' folders
     * (the application reads only those, so a file dropped straight into db/migration is silently left out).
     */
    static List<String> misplaced(Path root) throws IOException {
        Set<String> folders = Stream.concat(Stream.of("common"), Arrays.stream(DatabaseVendor.values()).map(DatabaseVendor::key))
                .collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize)
                    .filter(p -> p.getNameCount() != 2 || !folders.contains(p.getName(0).toString()))
                    .map(Path::toString).sorted().toList();
        }
    }

    /** The tables of the connection's own schema (H2's PUBLIC, or the test's PostgreSQL schema), in lower case. */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return tables;
    }

    /** The indexes of a table of the connection's own schema, in lower case. */
    private static List<String> indexes(Connection connection, String table) throws SQLException {
        var meta = connection.getMetaData();
        String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(java.util.Locale.ROOT) : table;
        List<String> indexes = new ArrayList<>();
        try (ResultSet rs = meta.getIndexInfo(null, connection.getSchema(), name, false, true)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null) {
                    indexes.add(rs.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return indexes;
    }

    @Test
    void migrate_emptyDatabase_createsTheWholeSchema() throws Exception {
        try (TestDatabase db = TestDatabase.empty()) {
            MigrateResult result = db.flyway().migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isPositive();
            try (Connection connection = db.connection()) {
                assertThat(tables(connection)).contains("account", "account_role", "team", "team_member", "team_leader", "audit_entry");
                assertThat(tables(connection)).contains("review", "review_timeline_entry", "review_factor", "review_factor_why",
                        "action_item", "review_history", "lesson", "notification");
            }
        }
    }

    @Test
    void migrate_again_changesNothingAndValidates() throws Exception {
        try (TestDatabase db = TestDatabase.empty()) {
            db.flyway().migrate();
            String versionBefore = db.flyway().info().current().getVersion().getVersion();

            MigrateResult again = db.flyway().migrate();

            assertThat(again.migrationsExecuted).isZero();
            assertThat(db.flyway().validateWithResult().validationSuccessful).isTrue();
            assertThat(db.flyway().info().current().getVersion().getVersion()).isEqualTo(versionBefore);
            assertThat(db.flyway().info().pending()).isEmpty();
        }
    }

    @Test
    void migrate_fileDatabaseReopenedAfterRestart_keepsItsDataAndAppliesNothing(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("dimple").toAbsolutePath();
        Flyway first = TestDatabase.flywayFor(url);
        assertThat(first.migrate().migrationsExecuted).isPositive();
        try (Connection connection = java.sql.DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD)) {
            connection.createStatement().execute("insert into team (id, name, created_at) values "
                    + "('5b0c6f0e-8f0a-4c43-9a3e-2b1a7e0f6c11', 'Front Desk', timestamp with time zone '2026-03-02 09:00:00Z')");
            connection.createStatement().execute("SHUTDOWN");
        }

        MigrateResult afterRestart = TestDatabase.flywayFor(url).migrate();

        assertThat(afterRestart.migrationsExecuted).isZero();
        try (Connection connection = java.sql.DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
             ResultSet rs = connection.createStatement().executeQuery("select name from team")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Front Desk");
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    void schema_isUsableByTheApplicationsPersistenceUnit() throws Exception {
        try (TestDatabase db = TestDatabase.migrated()) {
            long accounts = db.inTransaction(em -> em.createQuery("select count(a) from Account a", Long.class).getSingleResult());
            long teams = db.inTransaction(em -> em.createQuery("select count(t) from Team t", Long.class).getSingleResult());
            long entries = db.inTransaction(em -> em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult());

            assertThat(accounts + teams + entries).isZero();
        }
    }

    @Test
    void everyMigration_isInTheCommonFolderOrAVendorsFolder() throws Exception {
        assertThat(misplaced(migrations())).as("move these into db/migration/common or db/migration/<vendor>: Flyway reads only those").isEmpty();
    }

    @Test
    void theLayoutRule_findsAMigrationOutsideTheFolders(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("common"));
        Files.createDirectories(root.resolve("h2"));
        Files.createDirectories(root.resolve("mysql"));
        Files.writeString(root.resolve("common/V1__fine.sql"), "select 1;");
        Files.writeString(root.resolve("h2/V2__fine.sql"), "select 1;");
        Files.writeString(root.resolve("V20__dropped_in_the_old_folder.sql"), "select 1;");
        Files.writeString(root.resolve("mysql/V21__no_such_vendor.sql"), "select 1;");

        assertThat(misplaced(root)).containsExactly("V20__dropped_in_the_old_folder.sql", "mysql/V21__no_such_vendor.sql");
    }

    /**
     * A database runs the common migrations and those of its own vendor's folder, none of another's, and has
     * the indexes its vendor's folder adds (H2's V7 and PostgreSQL's V39 both make {@code lesson_team_newest}).
     * It ran on H2 only (asking H2's {@code information_schema.indexes}); it now asks JDBC's metadata, so
     * it says the same on the vendor the tests run on.
     */
    @Test
    void aDatabase_runsTheCommonMigrationsAndItsVendorsOwn() throws Exception {
        try (TestDatabase db = TestDatabase.migrated()) {
            List<String> scripts = Arrays.stream(db.flyway().info().applied()).map(MigrationInfo::getScript).toList();
            List<String> own = scriptsIn(db.vendor().key());
            List<String> others = Arrays.stream(DatabaseVendor.values()).filter(v -> v != db.vendor())
                    .flatMap(v -> scriptsIn(v.key()).stream()).toList();

            assertThat(scripts).contains("V1__identity_and_audit.sql").containsAll(own).doesNotContainAnyElementsOf(others);
            assertThat(own).isNotEmpty();
            try (Connection connection = db.connection()) {
                assertThat(indexes(connection, "lesson")).as("the board's team index, from db/migration/" + db.vendor().key())
                        .contains("lesson_team_newest");
            }
        }
    }

    private static List<String> scriptsIn(String folder) {
        try (Stream<Path> files = Files.list(migrations().resolve(folder))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A database migrated before the migrations were split into folders (every file in one folder) is
     * valid for the split layout and needs nothing: each file kept its version, name and content.
     */
    @Test
    void aDatabaseMigratedFromTheOneFolderOfEarlierBuilds_staysValid(@TempDir Path dir) throws Exception {
        Path oneFolder = Files.createDirectories(dir.resolve("migration"));
        for (String folder : List.of("common", DatabaseVendor.H2.key())) {
            try (Stream<Path> files = Files.list(migrations().resolve(folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, oneFolder.resolve(file.getFileName()));
                }
            }
        }
        String url = "jdbc:h2:file:" + dir.resolve("dimple").toAbsolutePath();
        Flyway earlier = Flyway.configure().dataSource(url, TestDatabase.USER, TestDatabase.PASSWORD)
                .locations("filesystem:" + oneFolder.toAbsolutePath())
                .javaMigrations(dimple.infrastructure.bootstrap.JavaMigrations.array()).load();
        assertThat(earlier.migrate().migrationsExecuted).isPositive();

        Flyway now = TestDatabase.flywayFor(url);

        assertThat(now.validateWithResult().validationSuccessful).isTrue();
        assertThat(now.info().pending()).isEmpty();
        assertThat(now.migrate().migrationsExecuted).isZero();
        try (Connection connection = java.sql.DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD)) {
            connection.createStatement().execute("SHUTDOWN");
        }
    }
}
