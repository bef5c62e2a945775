package dimple.infrastructure.shared.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How much work waits: outbox messages not yet handed on ({@code dimple_outbox_waiting_messages}) and mail and
 * webhook calls not yet sent ({@code dimple_mail_queue_waiting_messages}). Counted in the database, at most once
 * every {@link #FRESH} however often Prometheus scrapes and however many scrapers there are, each query given two
 * seconds; while the database does not answer the gauges read NaN, and the scrape goes on.
 */
public final class QueueDepths {
    static final Duration FRESH = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(QueueDepths.class.getName());
    private static final int QUERY_SECONDS = 2;

    /** Opens a connection to Dimple's database. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    record Depths(double outbox, double mail, long readAt) {
    }

    private final Connections connections;
    private final LongSupplier nanoTime;
    private Depths last;

    QueueDepths(Connections connections, LongSupplier nanoTime) {
        this.connections = connections;
        this.nanoTime = nanoTime;
    }

    /** Registers the two gauges, read from the database that {@code connections} opens. */
    public static void bindTo(MeterRegistry registry, Connections connections) {
        QueueDepths depths = new QueueDepths(connections, System::nanoTime);
        Gauge.builder("dimple.outbox.waiting", depths, d -> d.read().outbox()).baseUnit("messages")
                .description("Outbox messages waiting to be handed on (failing ones included)").register(registry);
        Gauge.builder("dimple.mail.queue.waiting", depths, d -> d.read().mail()).baseUnit("messages")
                .description("Mails and webhook calls waiting to be sent (failing ones included)").register(registry);
    }

    synchronized Depths read() {
        long now = nanoTime.getAsLong();
        if (last == null || now - last.readAt() >= FRESH.toNanos()) {
            last = count(now);
        }
        return last;
    }

    private Depths count(long now) {
        try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_SECONDS);
            return new Depths(single(statement, "select count(*) from outbox_message"),
                    single(statement, "select count(*) from outgoing_message where state = 'WAITING'"), now);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "The queues could not be counted for /metrics", e);
            return new Depths(Double.NaN, Double.NaN, now);
        }
    }

    private static double single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : Double.NaN;
        }
    }
}
