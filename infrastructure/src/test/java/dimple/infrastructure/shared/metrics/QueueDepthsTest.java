package dimple.infrastructure.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue gauges count what waits, ask the database at most every few seconds, and survive a database that is gone. */
class QueueDepthsTest {
    private static final String URL = "jdbc:h2:mem:queue-depths;DB_CLOSE_DELAY=-1";
    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger opened = new AtomicInteger();
    private Connection keepAlive;

    @BeforeEach
    void tables() throws SQLException {
        keepAlive = DriverManager.getConnection(URL);
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("create table outbox_message (id int)");
            sql.execute("create table outgoing_message (id int, state varchar(10))");
            sql.execute("insert into outbox_message values (1), (2), (3)");
            sql.execute("insert into outgoing_message values (1, 'WAITING'), (2, 'SENT'), (3, 'WAITING'), (4, 'DROPPED')");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("drop all objects");
        }
        keepAlive.close();
    }

    private QueueDepths depths() {
        return new QueueDepths(() -> {
            opened.incrementAndGet();
            return DriverManager.getConnection(URL);
        }, clock::get);
    }

    @Test
    void countsWhatWaits_andAsksTheDatabaseAgainOnlyOnceTheCountIsStale() throws SQLException {
        QueueDepths depths = depths();

        assertThat(depths.read().outbox()).isEqualTo(3);
        assertThat(depths.read().mail()).as("sent and dropped messages do not wait").isEqualTo(2);
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("insert into outgoing_message values (5, 'WAITING')");
        }
        clock.addAndGet(TimeUnit.SECONDS.toNanos(9));
        assertThat(depths.read().mail()).isEqualTo(2);
        assertThat(opened).hasValue(1);
        clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(depths.read().mail()).isEqualTo(3);
        assertThat(opened).hasValue(2);
    }

    @Test
    void aDatabaseThatIsGone_readsAsNotANumber() {
        QueueDepths gone = new QueueDepths(() -> {
            throw new SQLException("Connection refused");
        }, clock::get);

        assertThat(gone.read().outbox()).isNaN();
        assertThat(gone.read().mail()).isNaN();
    }
}
