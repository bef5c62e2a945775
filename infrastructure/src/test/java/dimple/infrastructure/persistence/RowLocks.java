package dimple.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** Shows that a row is locked: an UPDATE of it from another connection waits for the lock and gives up. */
public final class RowLocks {
    private RowLocks() {
    }

    /**
     * Runs {@code update} (one parameter: the row's id) on a connection of its own with a short lock timeout; fails
     * if it changed the row instead of waiting.
     */
    public static void assertAnotherWriterWaits(TestDatabase db, String update, String id, String what) {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute(db.vendor() == DatabaseVendor.H2 ? "set lock_timeout 200" : "set lock_timeout = '200ms'");
            try (PreparedStatement p = c.prepareStatement(update)) {
                p.setString(1, id);
                p.executeUpdate();
                throw new AssertionError("another writer changed " + what + " while it was loaded for a change");
            } catch (SQLException expected) {
                // it waited for the row lock and gave up
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
