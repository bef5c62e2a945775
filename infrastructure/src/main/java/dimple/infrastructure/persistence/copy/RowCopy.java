package dimple.infrastructure.persistence.copy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;

/**
 * Copies the rows of one table from a streaming {@code select} to a batched {@code insert}, value by value as
 * stored: times with their offset as {@link OffsetDateTime} (PostgreSQL keeps the instant), text and binary
 * whatever their length, booleans, exact numbers. Memory stays flat: one batch of rows at a time.
 *
 * <p>One change: PostgreSQL cannot store U+0000 (NUL) in text, which H2 kept, so it is dropped from a text
 * value (as Dimple drops it on the way in on every vendor) and the values so changed are counted.
 */
final class RowCopy {
    static final int BATCH = 500;

    private RowCopy() {
    }

    /** Rows written, and text values that lost a NUL on the way. */
    record Copied(long rows, long withoutNul) {
    }

    /**
     * @param targetTypes the JDBC type of each target column, for NULLs
     */
    static Copied copy(Connection source, String select, Connection target, String insert, List<Integer> targetTypes) throws SQLException {
        long rows = 0;
        long withoutNul = 0;
        try (PreparedStatement read = source.prepareStatement(select); PreparedStatement write = target.prepareStatement(insert)) {
            read.setFetchSize(BATCH);
            try (ResultSet row = read.executeQuery()) {
                ResultSetMetaData meta = row.getMetaData();
                int columns = meta.getColumnCount();
                int[] types = new int[columns];
                for (int i = 0; i < columns; i++) {
                    types[i] = meta.getColumnType(i + 1);
                }
                int batched = 0;
                while (row.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object value = read(row, i, types[i - 1]);
                        if (value == null) {
                            write.setNull(i, targetTypes.get(i - 1));
                        } else if (value instanceof String text && text.indexOf('\u0000') >= 0) {
                            write.setString(i, text.replace("\u0000", ""));
                            withoutNul++;
                        } else if (value instanceof byte[] bytes) {
                            write.setBytes(i, bytes);
                        } else {
                            write.setObject(i, value);
                        }
                    }
                    write.addBatch();
                    rows++;
                    if (++batched == BATCH) {
                        write.executeBatch();
                        batched = 0;
                    }
                }
                if (batched > 0) {
                    write.executeBatch();
                }
            }
        }
        return new Copied(rows, withoutNul);
    }

    private static Object read(ResultSet row, int i, int type) throws SQLException {
        return switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> row.getObject(i, OffsetDateTime.class);
            case Types.TIMESTAMP -> row.getObject(i, LocalDateTime.class);
            case Types.DATE -> row.getObject(i, LocalDate.class);
            case Types.TIME -> row.getObject(i, LocalTime.class);
            case Types.TIME_WITH_TIMEZONE -> row.getObject(i, OffsetTime.class);
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> row.getString(i);
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> row.getBytes(i);
            default -> row.getObject(i);
        };
    }
}
