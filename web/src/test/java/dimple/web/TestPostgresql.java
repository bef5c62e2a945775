package dimple.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty PostgreSQL database for a test that runs the packaged application on PostgreSQL, made in
 * the server the build names in DIMPLE_TEST_POSTGRESQL_URL (with _USER and _PASSWORD; {@code .ci/run}
 * starts one and sets them; system properties {@code dimple.test.postgresql.url} ... work too). The
 * calling test is skipped, saying how to configure it, when none is named. Closing drops the database.
 */
public final class TestPostgresql implements AutoCloseable {
    private static final String URL = "dimple.test.postgresql.url";
    private static final String USER = "dimple.test.postgresql.user";
    private static final String PASSWORD = "dimple.test.postgresql.password";

    private final String server;
    private final String database;

    private TestPostgresql(String server, String database) {
        this.server = server;
        this.database = database;
    }

    /** Why the tests cannot run on PostgreSQL here, or empty when they can. */
    public static Optional<String> notConfigured() {
        return setting(URL).isBlank()
                ? Optional.of("PostgreSQL is not configured for the tests: set DIMPLE_TEST_POSTGRESQL_URL=jdbc:postgresql://HOST:PORT/DATABASE"
                        + " (and _USER, _PASSWORD) for a role that may create databases, as .ci/run does")
                : Optional.empty();
    }

    /** A new empty database; the calling test is skipped when PostgreSQL is not configured. */
    public static TestPostgresql freshDatabase() {
        notConfigured().ifPresent(why -> Assumptions.abort(why));
        String server = setting(URL);
        String database = "dimple_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(server, setting(USER), setting(PASSWORD)); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL test server at " + server + " refused a new database", e);
        }
        return new TestPostgresql(server, database);
    }

    /** The JDBC URL of this database. */
    public String url() {
        int slash = server.indexOf('/', "jdbc:postgresql://".length());
        int query = server.indexOf('?');
        return server.substring(0, slash + 1) + database + (query < 0 ? "" : server.substring(query));
    }

    /** The settings that start Dimple on this database. */
    public Map<String, String> environment() {
        return Map.of("DIMPLE_DB_URL", url(), "DIMPLE_DB_USER", setting(USER), "DIMPLE_DB_PASSWORD", setting(PASSWORD));
    }

    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url(), setting(USER), setting(PASSWORD));
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(server, setting(USER), setting(PASSWORD)); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        }
    }

    /** A test setting: the system property, or else the environment variable of the same name in capitals with underscores. */
    public static String setting(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return value == null ? "" : value;
    }
}
