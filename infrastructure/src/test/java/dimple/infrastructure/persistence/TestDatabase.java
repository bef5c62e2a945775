package dimple.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory H2 database of its own, migrated by Flyway, and EclipseLink on top of it using the
 * application's own persistence unit with its JTA data source swapped for a plain JDBC connection.
 * One per test; closing it drops the database.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String USER = "sa";
    public static final String PASSWORD = "";

    private final String url;
    private final Connection keepAlive;
    private EntityManagerFactory emf;

    private TestDatabase(String url) {
        this.url = url;
        try {
            this.keepAlive = DriverManager.getConnection(url, USER, PASSWORD);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An empty database that no migration has touched. */
    public static TestDatabase empty() {
        return new TestDatabase("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** A database with every migration applied and EclipseLink ready on it. */
    public static TestDatabase migrated() {
        TestDatabase db = empty();
        db.flyway().migrate();
        return db;
    }

    public static Flyway flywayFor(String url) {
        return Flyway.configure()
                .dataSource(url, USER, PASSWORD)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }

    public Flyway flyway() {
        return flywayFor(url);
    }

    public String url() {
        return url;
    }

    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
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
        properties.put("jakarta.persistence.jdbc.driver", "org.h2.Driver");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", USER);
        properties.put("jakarta.persistence.jdbc.password", PASSWORD);
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
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("SHUTDOWN");
        } finally {
            keepAlive.close();
        }
    }
}
