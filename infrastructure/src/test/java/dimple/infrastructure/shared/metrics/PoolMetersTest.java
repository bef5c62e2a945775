package dimple.infrastructure.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The pool's meters follow connections from taking to closing, time each wait, and count a refusal apart. */
class PoolMetersTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicLong clock = new AtomicLong();
    private final PoolMeters meters = new PoolMeters(registry, 20, () -> clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(7)));

    private static DataSource database(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        return h2;
    }

    private double inUse() {
        return registry.get(PoolMeters.IN_USE).gauge().value();
    }

    private Timer acquisitions(String outcome) {
        return registry.get(PoolMeters.ACQUIRE).tag("outcome", outcome).timer();
    }

    @Test
    void connections_countWhileHeld_andOnceClosed_areGivenBack_evenIfClosedTwice() throws SQLException {
        DataSource pool = meters.measured(database("jdbc:h2:mem:pool-meters"));
        assertThat(meters.measured(pool)).as("measured once").isSameAs(pool);

        Connection first = pool.getConnection();
        Connection second = pool.getConnection();
        assertThat(inUse()).isEqualTo(2);
        try (Statement sql = first.createStatement(); ResultSet one = sql.executeQuery("select 1")) {
            assertThat(one.next()).as("the connection works as the pool's own").isTrue();
            assertThat(one.getInt(1)).isEqualTo(1);
        }
        first.close();
        first.close();
        assertThat(first.isClosed()).isTrue();
        assertThat(inUse()).as("a second close gives nothing back twice").isEqualTo(1);
        second.close();
        assertThat(inUse()).isZero();

        assertThat(acquisitions("ok").count()).isEqualTo(2);
        assertThat(acquisitions("ok").totalTime(TimeUnit.MILLISECONDS)).as("each wait, as the clock saw it").isEqualTo(14);
        assertThat(acquisitions("failed").count()).isZero();
    }

    @Test
    void aPoolThatRefuses_isCountedAsFailed_andHoldsNothing() {
        DataSource pool = meters.measured(database("jdbc:h2:mem:pool-meters-refusing;IFEXISTS=TRUE"));

        assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class);

        assertThat(acquisitions("failed").count()).isEqualTo(1);
        assertThat(acquisitions("ok").count()).isZero();
        assertThat(inUse()).isZero();
    }

    @Test
    void theScrape_namesThePoolsMeters_withNoOtherLabelThanTheOutcome() throws SQLException {
        try (Connection held = meters.measured(database("jdbc:h2:mem:pool-meters-scrape")).getConnection()) {
            String scrape = registry.scrape();
            assertThat(scrape).contains("dimple_db_connections_in_use_connections 1.0")
                    .contains("dimple_db_connections_max_connections 20.0")
                    .contains("dimple_db_connection_acquire_seconds_count{outcome=\"ok\"} 1")
                    .contains("dimple_db_connection_acquire_seconds_bucket{outcome=\"ok\",le=");
        }
    }

    @Test
    void theLargestSize_isReadAsThePoolReadsIt() {
        assertThat(PoolMeters.configuredMax(null)).isEqualTo(32);
        assertThat(PoolMeters.configuredMax(" 20 ")).isEqualTo(20);
        assertThat(PoolMeters.configuredMax("many")).isEqualTo(32);
    }
}
