package dimple.infrastructure.persistence.copy;

import dimple.infrastructure.persistence.copy.h2.H2Source;
import dimple.infrastructure.persistence.copy.postgresql.PostgresTarget;
import dimple.infrastructure.persistence.copy.postgresql.PostgresTarget.Column;
import dimple.infrastructure.persistence.copy.postgresql.PostgresTarget.ForeignKey;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The "grow out of H2" command: copies a whole Dimple H2 data directory into an empty PostgreSQL database
 * (docs/GROWING-OUT-OF-H2.md, docs/adr/0027).
 *
 * <ol>
 * <li>Opens the H2 database read-only (refused while Dimple runs on it) and requires its Flyway history to be
 * exactly this build's (refused when newer, unknown or older).</li>
 * <li>Requires the PostgreSQL database to be empty (refused otherwise), then migrates it with the same Flyway
 * history Dimple runs at start-up.</li>
 * <li>Copies every table in one transaction, parents before children (a foreign key that cannot be ordered,
 * such as a table's reference to itself, is dropped for the transaction and added back, so PostgreSQL checks
 * it over every row), streaming each table in batches; sets the sequences to continue where H2's were; counts
 * the rows of every table on both sides, and commits only if they agree.</li>
 * </ol>
 * It prints table names and counts only: nothing of a report's content and nothing that ties a report to a
 * person. Exit status: {@value #COPIED} copied, {@value #FAILED} failed and rolled back, {@value #REFUSED}
 * refused (nothing written), {@value #USAGE} wrong arguments.
 */
public final class CopyFromH2 {
    public static final int COPIED = 0;
    public static final int FAILED = 1;
    public static final int REFUSED = 2;
    public static final int USAGE = 64;

    /** Flyway's own progress lines would interleave with the command's; warnings still show. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    private static final String USAGE_TEXT = """
            Copies a Dimple H2 data directory into an empty PostgreSQL database. Stop Dimple first.

              DIMPLE_DB_URL=jdbc:postgresql://HOST:PORT/DATABASE DIMPLE_DB_USER=... DIMPLE_DB_PASSWORD=... \\
                java -jar dimple-copy-from-h2.jar [--from DATA_DIR] [--to JDBC_URL]

              --from DATA_DIR  the folder Dimple kept its H2 database in (default: DIMPLE_DATA_DIR, else ./dimple-data)
              --to JDBC_URL    the PostgreSQL database (default: DIMPLE_DB_URL); user and password only from
                               DIMPLE_DB_USER and DIMPLE_DB_PASSWORD, never on the command line

            Exit status: 0 copied, 1 failed (rolled back), 2 refused (nothing written), 64 wrong arguments.
            See docs/GROWING-OUT-OF-H2.md.
            """;

    private final PrintStream out;
    private final PrintStream err;

    private CopyFromH2(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs the command; the environment gives the defaults (DIMPLE_DATA_DIR, DIMPLE_DB_URL, _USER, _PASSWORD). */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        FLYWAY.setLevel(Level.WARNING);
        String from = environment.getOrDefault("DIMPLE_DATA_DIR", "./dimple-data");
        String to = environment.get("DIMPLE_DB_URL");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--from") || arg.equals("--to")) && i + 1 < args.length) {
                if (arg.equals("--from")) {
                    from = args[++i];
                } else {
                    to = args[++i];
                }
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.print(USAGE_TEXT);
                return COPIED;
            } else {
                err.println("Not understood: " + arg);
                err.print(USAGE_TEXT);
                return USAGE;
            }
        }
        if (to == null || to.isBlank()) {
            err.println("Say which PostgreSQL database to copy into: DIMPLE_DB_URL (or --to) = jdbc:postgresql://HOST:PORT/DATABASE.");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        return new CopyFromH2(out, err).copy(Path.of(from), to, environment.get("DIMPLE_DB_USER"), environment.get("DIMPLE_DB_PASSWORD"));
    }

    private int copy(Path from, String to, String user, String password) {
        try (H2Source source = H2Source.open(from)) {
            out.println("From H2          " + source.file());
            String version = source.checkedVersion();
            out.println("                 schema version " + version + " (this Dimple's)");
            try (PostgresTarget target = PostgresTarget.connect(to, user, password)) {
                out.println("To PostgreSQL    " + PostgresTarget.shown(to));
                boolean fresh = target.checkEmpty();
                out.println("                 " + (fresh ? "empty" : "holds only the tables of an earlier copy that did not finish, no rows of Dimple's"));
                String targetVersion = target.migrate();
                out.println("                 migrated to schema version " + targetVersion);
                return copyRows(source, target);
            }
        } catch (CopyRefused e) {
            err.println("Refused: " + e.getMessage());
            return REFUSED;
        } catch (SQLException e) {
            err.println("Failed: " + e.getClass().getSimpleName() + " (SQL state " + e.getSQLState() + ")");
            return FAILED;
        }
    }

    /** A table to copy: the columns both databases have, in the target's order. */
    private record Plan(String table, List<String> columns, List<Integer> targetTypes, boolean overriding, List<String> key) {
    }

    private int copyRows(H2Source source, PostgresTarget target) throws SQLException {
        List<String> sourceTables = source.tables();
        List<String> targetTables = target.tables();
        List<String> notInTarget = sourceTables.stream().filter(t -> !targetTables.contains(t)).toList();
        if (!notInTarget.isEmpty()) {
            throw new CopyRefused("H2 holds tables PostgreSQL's schema does not have: " + String.join(", ", notInTarget)
                    + ". Nothing was copied.");
        }
        targetTables.stream().filter(t -> !sourceTables.contains(t))
                .forEach(t -> out.println("Only in PostgreSQL " + t + ": left as PostgreSQL's migrations made it"));
        List<ForeignKey> keys = target.foreignKeys();
        List<String> order = parentsFirst(sourceTables, keys);
        Map<String, Plan> plans = new LinkedHashMap<>();
        for (String table : order) {
            plans.put(table, plan(source, target, table));
        }
        Map<String, Integer> position = new HashMap<>();
        order.forEach(t -> position.put(t, position.size()));
        List<ForeignKey> suspended = keys.stream()
                .filter(k -> position.containsKey(k.table()) && position.getOrDefault(k.referenced(), -1) >= position.get(k.table()))
                .toList();

        long started = System.nanoTime();
        var connection = target.connection();
        connection.setAutoCommit(false);
        String current = null;
        try {
            for (ForeignKey key : suspended) {
                target.suspend(key);
            }
            // What the migrations themselves put into tables (receipt counters, leases) is replaced by H2's rows.
            for (int i = order.size() - 1; i >= 0; i--) {
                try (Statement s = connection.createStatement()) {
                    s.executeUpdate("delete from " + target.quote(order.get(i)));
                }
            }
            Map<String, Long> written = new LinkedHashMap<>();
            Map<String, Long> withoutNul = new LinkedHashMap<>();
            for (Plan plan : plans.values()) {
                current = plan.table();
                RowCopy.Copied copied = RowCopy.copy(source.connection(), select(source, plan), connection, insert(target, plan),
                        plan.targetTypes());
                written.put(plan.table(), copied.rows());
                if (copied.withoutNul() > 0) {
                    withoutNul.put(plan.table(), copied.withoutNul());
                }
            }
            current = null;
            for (ForeignKey key : suspended) {
                current = key.table();
                target.restore(key);
            }
            current = null;
            List<String> sequences = target.continueSequences(source.sequences());
            double seconds = (System.nanoTime() - started) / 1e9;

            Map<String, long[]> counts = new LinkedHashMap<>();
            boolean same = true;
            for (String table : new TreeSet<>(order)) {
                long inSource = source.count(table);
                long inTarget = target.count(table);
                counts.put(table, new long[] {inSource, inTarget});
                same &= inSource == inTarget && inTarget == written.get(table);
            }
            printCounts(counts);
            if (!same) {
                connection.rollback();
                err.println("Failed: the row counts differ (marked * above). Nothing was copied: the copy was rolled back.");
                return FAILED;
            }
            List<String> receipts = nextReceipts(target);
            long documents = target.searchDocumentsFromTheCopiedTerms();
            connection.commit();
            long rows = counts.values().stream().mapToLong(c -> c[1]).sum();
            out.println();
            sequences.forEach(line -> out.println("Sequence         " + line));
            withoutNul.forEach((table, values) -> out.println("Without NUL      " + table + ": " + values
                    + " values held U+0000, which PostgreSQL cannot store; copied without it"));
            receipts.forEach(line -> out.println("Receipt numbers  " + line));
            if (documents > 0) {
                out.println("Lesson search    " + documents + " lessons made searchable on PostgreSQL from the copied search terms (as V41 does)");
            }
            out.printf("Copied %d rows of %d tables in %.1f s (%.0f rows/s). Every table holds as many rows as in H2.%n",
                    rows, counts.size(), seconds, rows / Math.max(seconds, 1e-3));
            out.println("Next: start Dimple with DIMPLE_DB_URL, DIMPLE_DB_USER and DIMPLE_DB_PASSWORD set to this database."
                    + " Keep the H2 data directory until you have checked Dimple on PostgreSQL: Dimple no longer writes to it.");
            return COPIED;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            err.println("Failed" + (current == null ? "" : " while copying table " + current) + ": " + e.getClass().getSimpleName()
                    + (e instanceof SQLException sql ? " (SQL state " + sql.getSQLState() + ")" + withoutValues(sql) : ""));
            err.println("Nothing was copied: the copy was rolled back. PostgreSQL holds Dimple's empty tables; once the cause"
                    + " is fixed, the same command copies into them.");
            return FAILED;
        }
    }

    /**
     * PostgreSQL's words for a failure ("value too long for type character varying(3)"): its driver runs with
     * {@code logServerErrorDetail=false}, so they name constraints and types, never a row's values. H2's
     * messages may quote a value, so of them only the SQL state is shown.
     */
    private static String withoutValues(SQLException e) {
        boolean postgresql = e.getClass().getName().startsWith("org.postgresql") || e instanceof java.sql.BatchUpdateException;
        return postgresql ? " " + firstLine(e.getMessage()) : "";
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private Plan plan(H2Source source, PostgresTarget target, String table) throws SQLException {
        List<String> sourceColumns = source.columns(table);
        List<Column> targetColumns = target.columns(table);
        Set<String> targetNames = targetColumns.stream().map(Column::name).collect(Collectors.toSet());
        List<String> lost = sourceColumns.stream().filter(c -> !targetNames.contains(c)).toList();
        if (!lost.isEmpty()) {
            throw new CopyRefused("H2's table " + table + " has columns PostgreSQL's does not: " + String.join(", ", lost)
                    + ". Nothing was copied.");
        }
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        boolean overriding = false;
        for (Column column : targetColumns) {
            if (!column.generated() && sourceColumns.contains(column.name())) {
                columns.add(column.name());
                types.add(column.jdbcType());
                overriding |= column.identityAlways();
            }
        }
        return new Plan(table, columns, types, overriding, target.primaryKey(table));
    }

    /** Read in primary-key order: the order of random ids, which says nothing about when a row was written. */
    private static String select(H2Source source, Plan plan) {
        String order = plan.key().isEmpty() ? "" : " order by " + plan.key().stream().map(source::quote).collect(Collectors.joining(", "));
        return "select " + plan.columns().stream().map(source::quote).collect(Collectors.joining(", ")) + " from "
                + source.quote(plan.table()) + order;
    }

    private static String insert(PostgresTarget target, Plan plan) {
        return "insert into " + target.quote(plan.table()) + " (" + plan.columns().stream().map(target::quote).collect(Collectors.joining(", "))
                + ")" + (plan.overriding() ? " overriding system value" : "") + " values ("
                + plan.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** Tables ordered so that a table comes after the tables its foreign keys point to (self-references aside). */
    static List<String> parentsFirst(List<String> tables, List<ForeignKey> keys) {
        Map<String, Set<String>> parents = new HashMap<>();
        tables.forEach(t -> parents.put(t, new HashSet<>()));
        for (ForeignKey key : keys) {
            if (parents.containsKey(key.table()) && parents.containsKey(key.referenced()) && !key.table().equals(key.referenced())) {
                parents.get(key.table()).add(key.referenced());
            }
        }
        List<String> order = new ArrayList<>();
        TreeSet<String> left = new TreeSet<>(tables);
        while (!left.isEmpty()) {
            String next = left.stream().filter(t -> order.containsAll(parents.get(t))).findFirst()
                    .orElse(left.first()); // a cycle: its keys are suspended for the copy
            order.add(next);
            left.remove(next);
        }
        return order;
    }

    private void printCounts(Map<String, long[]> counts) {
        int width = Math.max(24, counts.keySet().stream().mapToInt(String::length).max().orElse(0) + 2);
        out.println();
        out.printf("%-" + width + "s %12s %12s%n", "Table", "H2", "PostgreSQL");
        long source = 0;
        long target = 0;
        for (Map.Entry<String, long[]> entry : counts.entrySet()) {
            long[] c = entry.getValue();
            out.printf("%-" + width + "s %12d %12d%s%n", entry.getKey(), c[0], c[1], c[0] == c[1] ? "" : "  *");
            source += c[0];
            target += c[1];
        }
        out.printf("%-" + width + "s %12d %12d%n", "all " + counts.size() + " tables", source, target);
    }

    /**
     * The next named receipt of each year that has one (ADR 8): the copy continues the yearly count. Written
     * as {@code ReceiptNumbers.format} writes it; the persistence seam does not depend on the reporting context.
     */
    private static List<String> nextReceipts(PostgresTarget target) throws SQLException {
        List<String> lines = new ArrayList<>();
        if (!target.tables().contains("receipt_counter")) {
            return lines;
        }
        try (Statement s = target.connection().createStatement(); ResultSet rows = s.executeQuery(
                "select receipt_year, last_number from receipt_counter where last_number > 0 order by receipt_year")) {
            while (rows.next()) {
                lines.add(rows.getInt(1) + ": the next named report gets " + String.format("R-%d-%06d", rows.getInt(1), rows.getLong(2) + 1));
            }
        }
        return lines;
    }
}
