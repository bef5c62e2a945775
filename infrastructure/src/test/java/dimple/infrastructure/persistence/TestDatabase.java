package dimple.infrastructure.persistence;

import dimple.infrastructure.bootstrap.JavaMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database of its own, migrated by Flyway from the common migrations and its vendor's own
 * (chosen by its JDBC URL, as the application chooses them), and EclipseLink on top of it using the
 * application's own persistence unit with its JTA data source swapped for a plain JDBC connection.
 * One per test; closing it drops the database.
 *
 * <p>H2 is always there (in memory). PostgreSQL is there when {@value #POSTGRESQL_URL} (a system
 * property) names a database the tests may create schemas in, with {@value #POSTGRESQL_USER} and
 * {@value #POSTGRESQL_PASSWORD}: an empty test database is then a schema of its own, dropped at the end;
 * a migrated one is a database of its own, copied from a template that this JVM migrated once (PostgreSQL
 * copies a database in a fraction of the time Flyway takes to migrate one), dropped at the end.
 * A test asking for a vendor that is not configured is skipped, saying how to configure it.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String USER = "sa";
    public static final String PASSWORD = "";
    public static final String VENDOR = "dimple.test.vendor";
    public static final String POSTGRESQL_URL = "dimple.test.postgresql.url";
    public static final String POSTGRESQL_USER = "dimple.test.postgresql.user";
    public static final String POSTGRESQL_PASSWORD = "dimple.test.postgresql.password";

    /** The schema of a migrated PostgreSQL test database (each is a database of its own, so they can share the name). */
    private static final String MIGRATED_SCHEMA = "dimple_test";
    private static final Map<DatabaseVendor, String> DRIVERS = new EnumMap<>(Map.of(
            DatabaseVendor.H2, "org.h2.Driver", DatabaseVendor.POSTGRESQL, "org.postgresql.Driver"));

    private final DatabaseVendor vendor;
    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    /** The PostgreSQL database this test has to itself (a copy of the template), or null. */
    private final String database;
    private final Connection keepAlive;
    private EntityManagerFactory emf;

    /** The migrated PostgreSQL database of this JVM that the tests' databases are copied from (guarded by the class). */
    private static String template;

    private TestDatabase(String url, String user, String password, String schema) {
        this(url, user, password, schema, null);
    }

    private TestDatabase(String url, String user, String password, String schema, String database) {
        this.vendor = DatabaseVendor.ofJdbcUrl(url);
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.database = database;
        try {
            this.keepAlive = DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A test setting: the system property, or else the environment variable of the same name in capitals
     * with underscores ({@code dimple.test.postgresql.url}: {@code DIMPLE_TEST_POSTGRESQL_URL}, which
     * {@code .ci/run} sets for the PostgreSQL it starts); empty when neither is set.
     */
    public static String setting(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return value == null ? "" : value;
    }

    /** Why the tests cannot run on the vendor here, or empty when they can. */
    public static Optional<String> notConfigured(DatabaseVendor vendor) {
        return switch (vendor) {
            case H2 -> Optional.empty();
            case POSTGRESQL -> setting(POSTGRESQL_URL).isBlank()
                    ? Optional.of("PostgreSQL is not configured for the tests: run them with -D" + POSTGRESQL_URL
                            + "=jdbc:postgresql://HOST:PORT/DATABASE (and -D" + POSTGRESQL_USER + ", -D" + POSTGRESQL_PASSWORD
                            + ") to include it")
                    : Optional.empty();
        };
    }

    /**
     * The vendor of the tests that do not choose one: H2, or the one {@value #VENDOR} names (the build runs
     * the mapping and query tests once more with {@code postgresql} when PostgreSQL is configured).
     */
    public static DatabaseVendor defaultVendor() {
        String key = setting(VENDOR).isBlank() ? "h2" : setting(VENDOR);
        for (DatabaseVendor vendor : DatabaseVendor.values()) {
            if (vendor.key().equals(key)) {
                return vendor;
            }
        }
        throw new IllegalArgumentException(VENDOR + " names no database vendor: " + key);
    }

    /** An empty database of the default vendor that no migration has touched. */
    public static TestDatabase empty() {
        return empty(defaultVendor());
    }

    /** An empty database of the vendor that no migration has touched; the calling test is skipped if the vendor is not configured. */
    public static TestDatabase empty(DatabaseVendor vendor) {
        notConfigured(vendor).ifPresent(why -> Assumptions.abort(why));
        return switch (vendor) {
            case H2 -> new TestDatabase("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", USER, PASSWORD, null);
            case POSTGRESQL -> postgresqlSchema();
        };
    }

    /** A fresh schema in the configured PostgreSQL database, made the connections' current schema. */
    private static TestDatabase postgresqlSchema() {
        String server = setting(POSTGRESQL_URL);
        String user = setting(POSTGRESQL_USER);
        String password = setting(POSTGRESQL_PASSWORD);
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL test database at " + server + " refused a new schema", e);
        }
        return new TestDatabase(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password, schema);
    }

    /** A database of the default vendor with every migration applied and EclipseLink ready on it. */
    public static TestDatabase migrated() {
        return migrated(defaultVendor());
    }

    /** A database of the vendor with every migration applied; the calling test is skipped if the vendor is not configured. */
    public static TestDatabase migrated(DatabaseVendor vendor) {
        if (vendor == DatabaseVendor.POSTGRESQL) {
            notConfigured(vendor).ifPresent(why -> Assumptions.abort(why));
            return postgresqlCopyOfTemplate();
        }
        TestDatabase db = empty(vendor);
        db.flyway().migrate();
        return db;
    }

    /** A database of its own, copied from this JVM's migrated template: the same tables, rows and Flyway history. */
    private static TestDatabase postgresqlCopyOfTemplate() {
        String copy = "test_" + UUID.randomUUID().toString().replace("-", "");
        String from = migratedTemplate();
        onServer("create database " + copy + " template " + from);
        return new TestDatabase(databaseUrl(copy) + "?currentSchema=" + MIGRATED_SCHEMA, setting(POSTGRESQL_USER),
                setting(POSTGRESQL_PASSWORD), MIGRATED_SCHEMA, copy);
    }

    /** Migrates the template once per JVM (each fork has its own: a template may not be copied while in use). */
    private static synchronized String migratedTemplate() {
        if (template == null) {
            String name = "test_template_" + UUID.randomUUID().toString().replace("-", "");
            onServer("create database " + name);
            String url = databaseUrl(name);
            try (Connection c = DriverManager.getConnection(url, setting(POSTGRESQL_USER), setting(POSTGRESQL_PASSWORD));
                 Statement s = c.createStatement()) {
                s.execute("create schema " + MIGRATED_SCHEMA);
            } catch (SQLException e) {
                throw new IllegalStateException("The PostgreSQL template database " + name + " refused its schema", e);
            }
            flywayFor(url + "?currentSchema=" + MIGRATED_SCHEMA, setting(POSTGRESQL_USER), setting(POSTGRESQL_PASSWORD)).migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> onServer("drop database if exists " + name + " with (force)"),
                    "drop the test template database"));
            template = name;
        }
        return template;
    }

    /** The configured PostgreSQL URL with another database in place of the configured one. */
    private static String databaseUrl(String database) {
        return setting(POSTGRESQL_URL).replaceAll("/[^/?]+(\\?.*)?$", "/" + database);
    }

    /**
     * Runs one statement on the configured PostgreSQL database (creating and dropping databases). A busy server may
     * refuse once (a backend that {@code with (force)} ended has not exited yet, a connection still starting), so the
     * statement is tried up to five times; the last refusal's own words are part of the message.
     */
    private static void onServer(String statement) {
        SQLException last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            try (Connection c = DriverManager.getConnection(setting(POSTGRESQL_URL), setting(POSTGRESQL_USER), setting(POSTGRESQL_PASSWORD));
                 Statement s = c.createStatement()) {
                s.execute(statement);
                return;
            } catch (SQLException e) {
                last = e;
                pause(Duration.ofMillis(250L * attempt));
            }
        }
        throw new IllegalStateException("The PostgreSQL test server refused five times: " + statement + " (" + last.getMessage()
                + "; the test role needs CREATEDB, as .ci/run gives it)", last);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Flyway for the H2 database at this URL, reading the migrations the application reads for it. */
    public static Flyway flywayFor(String url) {
        return flywayFor(url, USER, PASSWORD);
    }

    private static Flyway flywayFor(String url, String user, String password) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations(DatabaseVendor.ofJdbcUrl(url).migrationLocations().toArray(String[]::new))
                .javaMigrations(JavaMigrations.array())
                .failOnMissingLocations(true)
                .load();
    }

    public DatabaseVendor vendor() {
        return vendor;
    }

    public Flyway flyway() {
        return flywayFor(url, user, password);
    }

    public String url() {
        return url;
    }

    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public EntityManager newEntityManager() {
        if (emf == null) {
            emf = Persistence.createEntityManagerFactory("dimple", properties());
        }
        return emf.createEntityManager();
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.driver", DRIVERS.get(vendor));
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", user);
        properties.put("jakarta.persistence.jdbc.password", password);
        properties.put("eclipselink.target-server", "None");
        // SEVERE: constraint violations that a test provokes on purpose are not printed as warnings.
        properties.put("eclipselink.logging.level", "SEVERE");
        return properties;
    }

    /** Runs the work in a transaction of a fresh entity manager and commits it, as one request would. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = newEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() throws SQLException {
        if (emf != null) {
            emf.close();
        }
        if (database != null) {
            keepAlive.close();
            onServer("drop database if exists " + database + " with (force)");
            return;
        }
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute(vendor == DatabaseVendor.H2 ? "SHUTDOWN" : "drop schema " + schema + " cascade");
        } finally {
            keepAlive.close();
        }
    }
}
