package dimple.infrastructure.bootstrap.h2;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * H2's online backup: {@code BACKUP TO} writes a zip of the database file, consistent as of one moment,
 * while other connections keep reading and writing. Restoring is unzipping it into an empty data folder
 * (docs/DEPLOYMENT.md). The file is named from the time and never overwrites another; it and its folder are
 * readable by the server's own user only where the file system allows, because a backup holds every record.
 */
public final class H2Backup {
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'dimple-'uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private H2Backup() {
    }

    /** The folder backups go to when none is configured: {@code backups} beside the database file. */
    public static Path defaultFolder(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select database_path()")) {
            String path = rs.next() ? rs.getString(1) : null;
            if (path == null) {
                throw new IllegalStateException("An in-memory H2 database has no file to back up");
            }
            return Path.of(path).toAbsolutePath().getParent().resolve("backups");
        }
    }

    /** Writes the backup into {@code folder} (made if missing) and returns the file written. */
    public static Path take(Connection connection, Path folder, Instant at) throws SQLException, IOException {
        Path dir = folder.toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            ownerOnly(dir, "rwx------");
        }
        Path file = dir.resolve(NAME.format(at) + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(NAME.format(at) + "-" + n + ".zip");
        }
        try (Statement s = connection.createStatement()) {
            s.execute("backup to '" + file.toString().replace("'", "''") + "'");
        }
        ownerOnly(file, "rw-------");
        return file;
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
