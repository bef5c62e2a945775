package dimple.infrastructure.bootstrap;

import dimple.application.bootstrap.FirstRun;
import dimple.infrastructure.persistence.Database;
import dimple.infrastructure.persistence.DatabaseVendor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * Runs when the web application starts (from {@link StartupListener}, where the application's naming
 * context is in place): tells the database's vendor, migrates the schema with Flyway from the common
 * migrations and the vendor's own, then prepares an empty database (first administrator, demo data).
 * The health checks ({@link StartedCheck}, {@link DatabaseCheck}) report started and ready only after both worked.
 */
@ApplicationScoped
public class Startup {
    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    FirstRun firstRun;

    @Inject
    Database database;

    private volatile boolean ready;
    private volatile String problem = "starting";

    /** Called once by {@link StartupListener} when the web application starts. */
    public void start() {
        try {
            DatabaseVendor vendor = database.vendor();
            int applied = Flyway.configure(Startup.class.getClassLoader())
                    .dataSource(database.dataSource())
                    .locations(vendor.migrationLocations().toArray(String[]::new))
                    .javaMigrations(JavaMigrations.array())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
            LOG.info(() -> "Database schema (" + vendor + ") is up to date (" + applied + " migrations applied now).");
            Settings settings = Settings.read();
            Optional<String> generated = firstRun.prepare(settings.adminPassword(), settings.demo());
            generated.ifPresent(password -> LOG.warning("\n\n    The first administrator account was created.\n"
                    + "    Username: " + FirstRun.FIRST_ADMIN + "\n    Password: " + password + "\n"
                    + "    This is shown once. Sign in and change it (or start with DIMPLE_ADMIN_PASSWORD set).\n"));
            ready = true;
            problem = null;
        } catch (RuntimeException e) {
            problem = "start-up failed: " + e.getClass().getSimpleName();
            LOG.log(Level.SEVERE, "Dimple could not start: " + e.getMessage(), e);
            stopTheServer();
            throw e;
        }
    }

    /**
     * Dimple is the only application of its runnable jar: a server that cannot serve it should not
     * look alive. Exits (status 3) from a separate thread, so the deployment can unwind first.
     */
    private static void stopTheServer() {
        Thread exit = new Thread(() -> {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(3);
        }, "dimple-failed-start");
        exit.setDaemon(false);
        exit.start();
    }

    public boolean isReady() {
        return ready;
    }

    /** What is in the way of readiness, or null when ready. */
    public String problem() {
        return problem;
    }
}
