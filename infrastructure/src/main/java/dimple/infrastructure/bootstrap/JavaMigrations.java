package dimple.infrastructure.bootstrap;

import dimple.infrastructure.learning.LessonSectionsMigration;
import dimple.infrastructure.persistence.NotificationFactsMigration;
import java.util.List;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The migrations written in Java, for every vendor, given to Flyway beside the folders of
 * {@code DatabaseVendor#migrationLocations()}: they convert existing rows where portable SQL cannot (V31
 * reads notification texts back into facts, V33 splits lesson bodies into sections and indexes them
 * again). Listed here, at start-up, because a context's migration may use its own code (V33 the
 * search's weights), and the persistence seam every context uses must not depend on any of them.
 */
public final class JavaMigrations {
    private JavaMigrations() {
    }

    public static List<JavaMigration> all() {
        return List.of(new NotificationFactsMigration(), new LessonSectionsMigration());
    }

    public static JavaMigration[] array() {
        return all().toArray(JavaMigration[]::new);
    }
}
