package dimple.infrastructure.persistence.copy.postgresql;

import dimple.infrastructure.bootstrap.JavaMigrations;
import dimple.infrastructure.persistence.DatabaseVendor;
import dimple.infrastructure.persistence.copy.CopyRefused;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The PostgreSQL database the copy writes into, in the schema its URL makes current. One connection, out of
 * auto-commit: every row of the copy is written in one transaction. The driver is told never to put a row's
 * values into an error message ({@code logServerErrorDetail=false}), so a failed copy prints no report text,
 * and to send batches as multi-row inserts.
 */
public final class PostgresTarget implements AutoCloseable {
    private static final String V41 = "db/migration/postgresql/V41__lesson_documents_from_the_term_index.sql";

    private static final String HISTORY = "flyway_schema_history";

    private final String url;
    private final String user;
    private final String password;
    private final Connection connection;

    /** A column of a target table: whether PostgreSQL computes it (never written) or takes it only with OVERRIDING. */
    public record Column(String name, int jdbcType, boolean generated, boolean identityAlways) {
    }

    /** A foreign key of the target schema, with its definition as PostgreSQL would write it. */
    public record ForeignKey(String name, String table, String referenced, String definition) {
    }

    private PostgresTarget(String url, String user, String password, Connection connection) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.connection = connection;
    }

    public static PostgresTarget connect(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new CopyRefused("The target must be a PostgreSQL database (jdbc:postgresql://HOST:PORT/DATABASE).");
        }
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("logServerErrorDetail", "false");
        properties.setProperty("reWriteBatchedInserts", "true");
        properties.setProperty("ApplicationName", "dimple-copy-from-h2");
        try {
            Connection connection = DriverManager.getConnection(url, properties);
            return new PostgresTarget(url, user, password, connection);
        } catch (SQLException e) {
            throw new CopyRefused("PostgreSQL at " + shown(url) + " cannot be reached or refused the sign-in (SQL state "
                    + e.getSQLState() + "). Check DIMPLE_DB_URL, DIMPLE_DB_USER and DIMPLE_DB_PASSWORD.");
        }
    }

    /** The URL without its parameters (they may carry a password): {@code jdbc:postgresql://host:5432/dimple}. */
    public static String shown(String url) {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    public Connection connection() {
        return connection;
    }

    /**
     * Refused unless the target is empty: its schema holds no table, or only the tables of Dimple's migrations
     * with no account in them (what the migrations alone leave, and what a copy that failed leaves: it rolled its
     * rows back). Any database Dimple itself has started on holds its first administrator's account.
     *
     * @return true when the schema still has to be made
     */
    public boolean checkEmpty() throws SQLException {
        List<String> tables = tablesIncludingHistory();
        if (tables.isEmpty()) {
            return true;
        }
        if (tables.contains(HISTORY) && tables.contains("account") && count("account") == 0) {
            return false;
        }
        throw new CopyRefused("The PostgreSQL database " + shown(url) + " is not empty (" + tables.size() + " tables, among them "
                + String.join(", ", tables.subList(0, Math.min(3, tables.size()))) + "). The copy writes only into an empty"
                + " database; nothing was written. Create an empty one (createdb) and run the copy again.");
    }

    /**
     * Brings the schema to this build's version with the Flyway history Dimple runs at start-up (common and
     * PostgreSQL migrations, the Java ones). Refused when the schema holds a history of another build.
     *
     * @return the schema version now
     */
    public String migrate() {
        try {
            Flyway flyway = Flyway.configure(PostgresTarget.class.getClassLoader())
                    .dataSource(url, user, password)
                    .locations(DatabaseVendor.POSTGRESQL.migrationLocations().toArray(String[]::new))
                    .javaMigrations(JavaMigrations.array())
                    .failOnMissingLocations(true)
                    .load();
            flyway.migrate();
            return flyway.info().current().getVersion().toString();
        } catch (FlywayException e) {
            throw new CopyRefused("PostgreSQL's schema could not be brought to this Dimple's version: " + e.getMessage());
        }
    }

    private List<String> tablesIncludingHistory() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(
                "select table_name from information_schema.tables where table_schema = current_schema() order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** The tables of the schema, without Flyway's history. */
    public List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("select table_name from"
                + " information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")) {
            while (rows.next()) {
                if (!rows.getString(1).equals(HISTORY)) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    public List<Column> columns(String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet none = s.executeQuery("select * from " + quote(table) + " where 1 = 0")) {
            for (int i = 1; i <= none.getMetaData().getColumnCount(); i++) {
                types.add(none.getMetaData().getColumnType(i));
            }
        }
        try (PreparedStatement s = connection.prepareStatement("select column_name, is_generated, is_identity, identity_generation"
                + " from information_schema.columns where table_schema = current_schema() and table_name = ? order by ordinal_position")) {
            s.setString(1, table);
            try (ResultSet rows = s.executeQuery()) {
                int i = 0;
                while (rows.next()) {
                    columns.add(new Column(rows.getString(1), types.get(i++), "ALWAYS".equals(rows.getString(2)),
                            "YES".equals(rows.getString(3)) && "ALWAYS".equals(rows.getString(4))));
                }
            }
        }
        return columns;
    }

    /** The primary key's columns of a table, in key order (empty when it has none). */
    public List<String> primaryKey(String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = currentSchema();
        List<String[]> keys = new ArrayList<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
            while (rows.next()) {
                keys.add(new String[] {rows.getString("KEY_SEQ"), rows.getString("COLUMN_NAME")});
            }
        }
        keys.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
        return keys.stream().map(k -> k[1]).toList();
    }

    private String currentSchema() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("select current_schema()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    public List<ForeignKey> foreignKeys() throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(
                "select c.conname, t.relname, r.relname, pg_get_constraintdef(c.oid) from pg_constraint c"
                        + " join pg_class t on t.oid = c.conrelid join pg_class r on r.oid = c.confrelid"
                        + " join pg_namespace n on n.oid = t.relnamespace"
                        + " where c.contype = 'f' and n.nspname = current_schema() order by t.relname, c.conname")) {
            while (rows.next()) {
                keys.add(new ForeignKey(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        return keys;
    }

    /** Drops a foreign key for the rest of the copy's transaction (self-references, cycles); {@link #restore} puts it back. */
    public void suspend(ForeignKey key) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("alter table " + quote(key.table()) + " drop constraint " + quote(key.name()));
        }
    }

    /** Adds a suspended foreign key again: PostgreSQL checks every copied row against it. */
    public void restore(ForeignKey key) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("alter table " + quote(key.table()) + " add constraint " + quote(key.name()) + " " + key.definition());
        }
    }

    /**
     * Sets every sequence of the schema to hand out next what H2's would have: by name where H2 has one, else,
     * for a sequence that numbers a column (identity, serial), the column's largest value plus one.
     *
     * @return one line per sequence: name and the next value
     */
    public List<String> continueSequences(Map<String, Long> nextInH2) throws SQLException {
        List<String> lines = new ArrayList<>();
        List<String[]> sequences = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(
                "select s.relname, t.relname, a.attname from pg_class s join pg_namespace n on n.oid = s.relnamespace"
                        + " left join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass"
                        + " and d.deptype in ('a', 'i')"
                        + " left join pg_class t on t.oid = d.refobjid left join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid"
                        + " where s.relkind = 'S' and n.nspname = current_schema() order by s.relname")) {
            while (rows.next()) {
                sequences.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        for (String[] sequence : sequences) {
            long next;
            if (nextInH2.containsKey(sequence[0])) {
                next = nextInH2.get(sequence[0]);
            } else if (sequence[1] != null) {
                try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(
                        "select coalesce(max(" + quote(sequence[2]) + "), 0) + 1 from " + quote(sequence[1]))) {
                    rows.next();
                    next = rows.getLong(1);
                }
            } else {
                lines.add(sequence[0] + ": left as the migrations made it (H2 has no such sequence)");
                continue;
            }
            try (PreparedStatement s = connection.prepareStatement("select setval(?, ?, false)")) {
                s.setString(1, quote(sequence[0]));
                s.setLong(2, next);
                s.execute();
            }
            lines.add(sequence[0] + ": next " + next);
        }
        return lines;
    }

    /**
     * PostgreSQL's lesson search reads one document per lesson ({@code lesson_document}, V40), not the
     * per-term rows the portable search keeps ({@code lesson_term}), which the copy brought over from H2. Turns
     * the copied rows into documents exactly as V41 turned those of a database migrated in place: by running
     * V41's own statements again, in the copy's transaction. Without it no copied lesson would be found.
     *
     * @return the documents made (one per lesson that had search terms)
     */
    public long searchDocumentsFromTheCopiedTerms() throws SQLException {
        if (!tables().contains("lesson_document")) {
            return 0;
        }
        String script;
        try (InputStream in = PostgresTarget.class.getClassLoader().getResourceAsStream(V41)) {
            if (in == null) {
                throw new IllegalStateException(V41 + " is missing from the build");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String statements = script.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        try (Statement s = connection.createStatement()) {
            for (String statement : statements.split(";")) {
                if (!statement.isBlank()) {
                    s.executeUpdate(statement);
                }
            }
        }
        return count("lesson_document");
    }

    public String quote(String name) {
        return '"' + name + '"';
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
