package dimple.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywayMigrationIT {
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery(
                "select lower(table_name) from information_schema.tables where table_schema = 'PUBLIC' order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
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
}
