package dimple.infrastructure.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.review.Review;
import dimple.infrastructure.persistence.DatabaseVendor;
import dimple.infrastructure.persistence.H2Indexes;
import dimple.infrastructure.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The rows many requests change at once (a review, an action item) are not indexed by what every such change
 * rewrites (ADR 33): on H2 2.2.224 a race of writers could put the row back to an older version while such an
 * index kept the newer one, and the row could then never be updated again. V48 took those columns out of the indexes and, by building the indexes
 * again from the table, repairs a database already damaged this way.
 */
class IndexesOfBusyRowsIT {
    /** Rewritten by every change of a review or every move of an action item. */
    private static final Set<String> REWRITTEN_BY_EVERY_WRITE = Set.of("updated_at", "version", "status");
    private static final List<String> BUSY_TABLES = List.of("review", "action_item");

    @Test
    void reviewsAndActionItems_areIndexedByNothingEveryWriteRewrites() throws Exception {
        try (TestDatabase db = TestDatabase.migrated(); Connection c = db.connection()) {
            assertThat(rewrittenIndexColumns(c)).isEmpty();
        }
    }

    @Test
    void theRule_findsTheIndexesOfTheSchemaBeforeV48() throws Exception {
        try (TestDatabase db = TestDatabase.empty()) {
            Flyway.configure().configuration(db.flyway().getConfiguration()).target("46").load().migrate();
            try (Connection c = db.connection()) {
                assertThat(rewrittenIndexColumns(c)).containsExactlyInAnyOrder(
                        "review.review_team(updated_at)", "action_item.action_item_owner(status)", "action_item.action_item_team(status)");
            }
        }
    }

    /** H2 only (the damage is H2's); skipped in the build's PostgreSQL rerun, which would repeat it on H2. */
    @Test
    void aReviewARaceLeftUnupdatable_isUpdatableAgainAfterTheMigration() throws Exception {
        Assumptions.assumeTrue(TestDatabase.defaultVendor() == DatabaseVendor.H2, "the damage and its repair are H2's");
        try (TestDatabase db = TestDatabase.empty(DatabaseVendor.H2)) {
            Flyway.configure().configuration(db.flyway().getConfiguration()).target("46").load().migrate();
            laterAccountColumns(db, true);
            Review review = new StoredWorld(db).review();
            laterAccountColumns(db, false);
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.execute("set lock_timeout 300");
                // What the race left behind: the index holds a later updated_at than the row H2 put back.
                H2Indexes.leaveStaleEntry(c, "review", "review_team", review.id(), "updated_at", "2026-12-07 00:29:29.22038+00");
                assertThat(H2Indexes.disagreements(c, "review")).singleElement().asString().contains("REVIEW_TEAM");
                assertThatThrownBy(() -> change(c, review.id(), "Before the repair"))
                        .isInstanceOf(SQLException.class).hasStackTraceContaining("Row not found when trying to delete from index");
            }

            db.flyway().migrate();

            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.execute("set lock_timeout 300");
                assertThat(H2Indexes.disagreements(c, "review")).isEmpty();
                assertThat(change(c, review.id(), "After the repair")).isEqualTo(1);
            }
        }
    }

    /**
     * Today's mapping stores the world, and it maps the account columns V49 adds (a person's language and time zone) to
     * a schema that stands at V46 here: they are there while the world is stored, and gone again before V47 on run. The
     * same for the table of reports' answers to custom fields that V50 adds (the world answers none), the receipt code
     * hash of V52 and the legal hold and anonymising days of V54.
     */
    private static void laterAccountColumns(TestDatabase db, boolean there) throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute(there ? "alter table account add column page_language varchar(8)" : "alter table account drop column page_language");
            s.execute(there ? "alter table account add column time_zone varchar(64)" : "alter table account drop column time_zone");
            s.execute(there ? "create table report_custom_value (report_id varchar(36) not null, field_id varchar(36) not null,"
                    + " field_value varchar(8000) not null, primary key (report_id, field_id))" : "drop table report_custom_value");
            s.execute(there ? "alter table mistake_report add column receipt_code_hash varchar(64)" : "alter table mistake_report drop column receipt_code_hash");
            for (String column : new String[] {"mistake_report.legal_hold_since", "mistake_report.anonymised_at", "recovery_case.anonymised_at"}) {
                String[] at = column.split("\\.");
                s.execute(there ? "alter table " + at[0] + " add column " + at[1] + " timestamp with time zone"
                        : "alter table " + at[0] + " drop column " + at[1]);
            }
        }
    }

    private static int change(Connection c, String reviewId, String summary) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "update review set summary = ?, updated_at = current_timestamp, version = version + 1 where id = ?")) {
            p.setString(1, summary);
            p.setString(2, reviewId);
            return p.executeUpdate();
        }
    }

    /** "table.index(column)" for every index column of a busy table that every write rewrites. */
    private static List<String> rewrittenIndexColumns(Connection c) throws SQLException {
        List<String> found = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        for (String table : BUSY_TABLES) {
            String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), c.getSchema(), stored, false, false)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    String column = rs.getString("COLUMN_NAME");
                    if (index != null && column != null && REWRITTEN_BY_EVERY_WRITE.contains(column.toLowerCase(Locale.ROOT))) {
                        found.add(table + "." + index.toLowerCase(Locale.ROOT) + "(" + column.toLowerCase(Locale.ROOT) + ")");
                    }
                }
            }
        }
        return found;
    }
}
