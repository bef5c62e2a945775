package dimple.infrastructure.persistence.copy.h2;

import dimple.infrastructure.bootstrap.JavaMigrations;
import dimple.infrastructure.persistence.DatabaseVendor;
import dimple.infrastructure.persistence.copy.CopyRefused;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * A Dimple H2 data directory opened for the copy: the file {@value #FILE} in it, read-only (the copy never
 * changes its source), refused while another program (Dimple) holds it. Rows are read lazily, so a table
 * is never held in memory. Credentials are those of the data source in web.xml.
 */
public final class H2Source implements AutoCloseable {
    public static final String FILE = "dimple.mv.db";
    private static final String USER = "dimple";
    private static final String PASSWORD = "dimple";
    private static final String HISTORY = "flyway_schema_history";
    /** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int ALREADY_OPEN = 90020;

    private final Path file;
    private final String url;
    private final Connection connection;

    private H2Source(Path file, String url, Connection connection) {
        this.file = file;
        this.url = url;
        this.connection = connection;
    }

    /** Opens the database of the data directory read-only; refused when it is missing or in use. */
    public static H2Source open(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new CopyRefused("There is no Dimple H2 database in " + directory + " (no " + FILE + " there). Name the folder"
                    + " Dimple ran with (DIMPLE_DATA_DIR, or --from).");
        }
        String url = "jdbc:h2:file:" + directory.resolve("dimple") + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;LAZY_QUERY_EXECUTION=TRUE";
        try {
            Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
            connection.setReadOnly(true);
            return new H2Source(file, url, connection);
        } catch (SQLException e) {
            if (e.getErrorCode() == ALREADY_OPEN || String.valueOf(e.getMessage()).contains("locked")) {
                throw new CopyRefused("The H2 database " + file + " is in use. Stop Dimple first (and anything else that has"
                        + " this file open), then run the copy again.");
            }
            throw new CopyRefused("H2 could not open " + file + " (H2 error " + e.getErrorCode() + "): " + firstLine(e));
        }
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    public Path file() {
        return file;
    }

    public Connection connection() {
        return connection;
    }

    /**
     * The schema version of the database, after checking that its Flyway history is exactly a history this
     * build would have written for H2: refused when it was migrated by a newer or another build (a migration
     * this build does not know, a different checksum, a failed one), or by an older build (pending migrations).
     */
    public String checkedVersion() {
        Flyway flyway = Flyway.configure(H2Source.class.getClassLoader())
                .dataSource(url, USER, PASSWORD)
                .locations(DatabaseVendor.H2.migrationLocations().toArray(String[]::new))
                .javaMigrations(JavaMigrations.array())
                .failOnMissingLocations(true)
                .load();
        MigrationInfoService info;
        try {
            info = flyway.info();
        } catch (FlywayException e) {
            throw new CopyRefused("Flyway could not read the H2 database's migration history: " + e.getMessage());
        }
        if (info.applied().length == 0) {
            throw new CopyRefused(file + " holds no Flyway history: it is not a Dimple database, or Dimple never finished"
                    + " starting on it.");
        }
        List<String> newer = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (MigrationInfo migration : info.all()) {
            MigrationState state = migration.getState();
            String name = "V" + migration.getVersion() + " " + migration.getDescription();
            if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                newer.add(name);
            } else if (state.isFailed() || (state.isApplied() && !state.isResolved())) {
                unknown.add(name + " (" + state + ")");
            } else if (!state.isApplied()) {
                pending.add(name);
            }
        }
        String current = info.current() == null ? "none" : info.current().getVersion().toString();
        if (!newer.isEmpty()) {
            throw new CopyRefused("The H2 database is at schema version " + current + ", made by a newer Dimple than this"
                    + " copy command knows (" + String.join(", ", newer) + "). Use the copy command of the Dimple version"
                    + " that last ran on it.");
        }
        if (!unknown.isEmpty()) {
            throw new CopyRefused("The H2 database's migration history holds migrations this Dimple does not know or that"
                    + " failed: " + String.join(", ", unknown) + ". Use the copy command of the Dimple version that last ran on it.");
        }
        if (!pending.isEmpty()) {
            throw new CopyRefused("The H2 database is at schema version " + current + ", older than this Dimple's ("
                    + pending.size() + " migrations to go, the first " + pending.get(0) + "). Start this Dimple once on the H2"
                    + " data (without DIMPLE_DB_URL) so that it migrates it, stop it, then run the copy again.");
        }
        ValidateResult validation = flyway.validateWithResult();
        if (!validation.validationSuccessful) {
            throw new CopyRefused("The H2 database's migration history does not match this Dimple's migrations (a changed"
                    + " migration: " + validation.invalidMigrations.size() + "). Use the copy command of the Dimple version"
                    + " that last ran on it.");
        }
        return current;
    }

    /** The names (lower case) of the tables Dimple's migrations made, without Flyway's history. */
    public List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'"
                        + " order by table_name")) {
            while (rows.next()) {
                String table = rows.getString(1).toLowerCase(Locale.ROOT);
                if (!table.equals(HISTORY)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** The columns (lower case) of a table, in their order. */
    public List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("select column_name from information_schema.columns"
                + " where table_schema = 'PUBLIC' and table_name = ? order by ordinal_position")) {
            s.setString(1, table.toUpperCase(Locale.ROOT));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    /** Each sequence (lower-case name) and the value it would hand out next. */
    public Map<String, Long> sequences() throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(
                "select sequence_name, base_value from information_schema.sequences where sequence_schema = 'PUBLIC'"
                        + " order by sequence_name")) {
            while (rows.next()) {
                sequences.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getLong(2));
            }
        }
        return sequences;
    }

    /** An identifier as H2 stores the unquoted names of Dimple's migrations: upper case, quoted. */
    public String quote(String name) {
        return '"' + name.toUpperCase(Locale.ROOT) + '"';
    }

    public long count(String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("select count(*) from " + quote(table))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
