package dimple.infrastructure.bootstrap;

import dimple.application.bootstrap.BackupNotOffered;
import dimple.application.bootstrap.BackupView;
import dimple.application.bootstrap.DatabaseBackup;
import dimple.infrastructure.bootstrap.h2.H2Backup;
import dimple.infrastructure.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The database backup the running application can take: H2's online backup into {@code DIMPLE_BACKUP_DIR}
 * ({@code dimple.backup.dir}; by default {@code backups} beside the database file, which is on the same disk:
 * point it elsewhere). On PostgreSQL it is refused: {@code pg_dump} is the tool there.
 */
@ApplicationScoped
public class OnlineBackup implements DatabaseBackup {
    private static final Logger LOG = Logger.getLogger(OnlineBackup.class.getName());

    @Inject
    Database database;

    @Override
    public BackupView take(Instant at) {
        return switch (database.vendor()) {
            case H2 -> h2(at);
            case POSTGRESQL -> throw new BackupNotOffered();
        };
    }

    private BackupView h2(Instant at) {
        try (Connection connection = database.dataSource().getConnection()) {
            Path folder = ConfigProvider.getConfig().getOptionalValue("dimple.backup.dir", String.class)
                    .filter(s -> !s.isBlank()).map(Path::of).orElse(null);
            Path file = H2Backup.take(connection, folder == null ? H2Backup.defaultFolder(connection) : folder, at);
            long bytes = Files.size(file);
            LOG.info(() -> "Database backup written: " + file + " (" + bytes + " bytes)");
            return new BackupView(file.getFileName().toString(), bytes, at);
        } catch (SQLException e) {
            throw new IllegalStateException("The database backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The database backup could not be written", e);
        }
    }
}
