package dimple.infrastructure.bootstrap;

import dimple.infrastructure.persistence.Database;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;

/**
 * Whether Dimple can use its database now: the schema is migrated and the first run prepared, and a pooled
 * connection answers within 2 s (asked at most once a second however often it is polled, {@link Reachability}).
 */
@ApplicationScoped
public class DatabaseReadiness {
    @Inject
    Startup startup;

    @Inject
    Database database;

    private Reachability answers;

    @PostConstruct
    void prepare() {
        answers = new Reachability(() -> {
            try (Connection connection = database.dataSource().getConnection()) {
                return connection.isValid(2);
            }
        }, Duration.ofSeconds(2), Duration.ofSeconds(1), System::nanoTime);
    }

    public boolean ready() {
        return startup.isReady() && answers.reachable();
    }
}
