package dimple.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.db.MVSecondaryIndex;
import org.h2.result.SearchRow;
import org.h2.table.Table;
import org.h2.value.Value;
import org.h2.value.ValueTimestampTimeZone;
import org.h2.value.VersionedValue;

/**
 * What H2's secondary indexes of a table say, compared with the table itself (ADR 33): a row read through
 * each index, with only the index's own columns, must read the same as the row in the table. H2 2.2.224
 * could put a row back to an older version while an index kept the newer one; the row then can never be
 * updated again. Also makes such a disagreeing index on purpose, for the tests of the repair.
 */
public final class H2Indexes {
    private H2Indexes() {
    }

    /** Every row of the table whose entry in one of its indexes disagrees with the row: empty when all agree. */
    public static List<String> disagreements(Connection c, String table) throws SQLException {
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("select index_name, column_name from information_schema.index_columns"
                + " where table_schema = 'PUBLIC' and table_name = ? order by index_name, ordinal_position")) {
            p.setString(1, table.toUpperCase());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    indexes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
            String columns = "\"" + String.join("\", \"", index.getValue()) + "\"";
            String first = "\"" + index.getValue().get(0) + "\"";
            String through = rows(c, "select _rowid_, " + columns + " from " + table + " use index (\"" + index.getKey() + "\") where "
                    + first + " is not null");
            String inTable = rows(c, "select _rowid_, " + columns + " from " + table + " use index () where " + first + " is not null");
            if (!through.equals(inTable)) {
                found.add(table + "." + index.getKey() + " says [" + through + "] where the table says [" + inTable + "]");
            }
        }
        return found;
    }

    /** The rows in the order of their row ids (no ORDER BY: H2 would then read the table, not the index). */
    private static String rows(Connection c, String sql) throws SQLException {
        Map<Long, String> rows = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder().append(rs.getLong(1));
                for (int i = 2; i <= n; i++) {
                    b.append(", ").append(rs.getString(i));
                }
                rows.put(rs.getLong(1), b.toString());
            }
        }
        return String.join("; ", rows.values());
    }

    /**
     * Damages the index as the race did: the entry of the table row with this id now holds another timestamp in
     * the column (committed), while the row keeps its own. Only for an H2 database in this JVM.
     */
    public static void leaveStaleEntry(Connection c, String table, String index, String id, String column, String timestamp)
            throws SQLException {
        long rowId;
        try (PreparedStatement p = c.prepareStatement("select _rowid_ from " + table + " where id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                rowId = rs.getLong(1);
            }
        }
        SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
        Table t = session.getDatabase().getSchema("PUBLIC").findTableOrView(session, table.toUpperCase());
        Index found = t.getIndex(index.toUpperCase());
        MVMap<SearchRow, VersionedValue<Value>> map = ((MVSecondaryIndex) found).getMVMap();
        int columnId = t.getColumn(column.toUpperCase()).getColumnId();
        for (SearchRow key : new ArrayList<>(map.keySet())) {
            if (key.getKey() == rowId) {
                VersionedValue<Value> committed = map.remove(key);
                key.setValue(columnId, ValueTimestampTimeZone.parse(timestamp, null));
                map.put(key, committed);
                return;
            }
        }
        throw new IllegalStateException("no entry of row " + rowId + " in " + index);
    }
}
