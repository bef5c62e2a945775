package dimple.infrastructure.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.infrastructure.bootstrap.h2.H2Backup;
import dimple.infrastructure.persistence.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's H2 backup, end to end as docs/DEPLOYMENT.md tells it: a migrated Dimple H2 file held open (as
 * the running application holds it), {@code BACKUP TO} through one of its connections, the zip unzipped into a
 * fresh data folder, and that folder opened as a database of its own.
 */
class H2BackupIT {
    private static final Instant AT = Instant.parse("2026-12-06T19:00:00Z");

    private final Path root = Path.of("target", "h2-backup-" + UUID.randomUUID()).toAbsolutePath();
    private final String url = "jdbc:h2:file:" + root.resolve("data/dimple") + ";WRITE_DELAY=0";
    private final List<Connection> open = new ArrayList<>();

    @AfterEach
    void shutDown() throws SQLException {
        for (Connection c : open) {
            if (!c.isClosed()) {
                try (Statement s = c.createStatement()) {
                    s.execute("shutdown");
                } catch (SQLException alreadyDown) {
                    // the restored database and the live one each shut down once
                }
                c.close();
            }
        }
    }

    private Connection connect(String jdbcUrl) throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl, TestDatabase.USER, TestDatabase.PASSWORD);
        open.add(c);
        return c;
    }

    @Test
    void aBackupTakenWhileTheDatabaseIsInUse_restoresIntoAFreshFolder_withTheRowsCommittedBeforeIt() throws Exception {
        TestDatabase.flywayFor(url).migrate();
        Connection live = connect(url);
        TeamRows.add(live, "Front Desk");

        Path backup = H2Backup.take(live, H2Backup.defaultFolder(live), AT);
        TeamRows.add(live, "Written after the backup");

        assertThat(backup.getParent()).isEqualTo(root.resolve("data/backups"));
        assertThat(backup.getFileName().toString()).isEqualTo("dimple-20261206T190000Z.zip");
        Path restored = unzip(backup, root.resolve("restored"));
        assertThat(restored.resolve("dimple.mv.db")).exists();
        String restoredUrl = "jdbc:h2:file:" + restored.resolve("dimple");
        Connection copy = connect(restoredUrl);
        assertThat(TeamRows.names(copy)).containsExactly("Front Desk");
        assertThat(TeamRows.names(live)).as("the live database kept serving").containsExactlyInAnyOrder("Front Desk", "Written after the backup");
        assertThat(TestDatabase.flywayFor(restoredUrl).validateWithResult().validationSuccessful)
                .as("the restored database carries the whole migration history, so the next start migrates nothing twice").isTrue();
    }

    @Test
    void aSecondBackupInTheSameSecond_neverOverwritesTheFirst_andBackupsAreTheServersOwn() throws Exception {
        TestDatabase.flywayFor(url).migrate();
        Connection live = connect(url);
        Path folder = root.resolve("elsewhere");

        Path first = H2Backup.take(live, folder, AT);
        Path second = H2Backup.take(live, folder, AT);

        assertThat(second).isNotEqualTo(first).hasFileName("dimple-20261206T190000Z-2.zip");
        assertThat(Files.size(first)).isPositive();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    /** What an operator does with {@code unzip BACKUP -d DIR}. */
    private static Path unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside the folder: " + e.getName());
                }
                Files.copy(entries, target);
            }
        }
        return into;
    }
}
