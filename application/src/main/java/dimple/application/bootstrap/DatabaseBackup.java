package dimple.application.bootstrap;

import java.time.Instant;

/**
 * Writes a consistent copy of the whole database while the application keeps serving. Offered for the
 * embedded database only: a database server has its own tools ({@code pg_dump}), which an operator runs
 * outside Dimple (docs/DEPLOYMENT.md).
 */
public interface DatabaseBackup {
    /**
     * Writes the backup into the server's backup folder under a name made from {@code at}, and says which file
     * it wrote; never overwrites a file.
     *
     * @throws BackupNotOffered when the database is not the embedded one
     */
    BackupView take(Instant at);
}
