package dimple.infrastructure.shared.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The database pool as Dimple's persistence uses it (docs/adr/0036, amended): how many connections it holds from the
 * container's pool now ({@code dimple_db_connections_in_use}), the most the pool hands out
 * ({@code dimple_db_connections_max}, {@code DIMPLE_DB_POOL_MAX}), and how long each request for a connection waited
 * ({@code dimple_db_connection_acquire_seconds}, {@code outcome} {@code ok} or {@code failed}: a pool that stays
 * exhausted for its wait time refuses). Measured at the data source EclipseLink asks, because Payara keeps the
 * statistics of an application's own pool to itself (the ADR says why). No label names a query, a table or a person.
 */
public final class PoolMeters {
    static final String IN_USE = "dimple.db.connections.in.use";
    static final String MAX = "dimple.db.connections.max";
    static final String ACQUIRE = "dimple.db.connection.acquire";

    private final AtomicInteger inUse = new AtomicInteger();
    private final Timer acquired;
    private final Timer refused;
    private final LongSupplier nanoTime;

    PoolMeters(MeterRegistry registry, int max, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        Gauge.builder(IN_USE, inUse, AtomicInteger::get).baseUnit("connections")
                .description("Connections Dimple's persistence holds from the database pool now").register(registry);
        Gauge.builder(MAX, () -> max).baseUnit("connections")
                .description("The most connections the pool hands out (DIMPLE_DB_POOL_MAX)").register(registry);
        this.acquired = acquireTimer(registry, "ok");
        this.refused = acquireTimer(registry, "failed");
    }

    private static Timer acquireTimer(MeterRegistry registry, String outcome) {
        return Timer.builder(ACQUIRE).description("Time a request for a database connection waited for the pool")
                .tag("outcome", outcome).publishPercentileHistogram().register(registry);
    }

    /** The meters in Dimple's registry, the pool's size read from the environment as the pool itself reads it. */
    public static PoolMeters inRegistry() {
        return Holder.METERS;
    }

    private static final class Holder {
        static final PoolMeters METERS = new PoolMeters(Meters.registry(), configuredMax(System.getenv("DIMPLE_DB_POOL_MAX")), System::nanoTime);
    }

    /** The pool's largest size as post-deploy-commands.asadmin sets it: {@code DIMPLE_DB_POOL_MAX}, else 32. */
    static int configuredMax(String configured) {
        try {
            return configured == null || configured.isBlank() ? 32 : Integer.parseInt(configured.trim());
        } catch (NumberFormatException e) {
            return 32;
        }
    }

    /** {@code pool}, each connection it hands out counted until it is closed, and each request's wait timed. */
    public DataSource measured(DataSource pool) {
        return pool instanceof Measured ? pool : new Measured(pool, this);
    }

    Connection acquire(DataSource pool, String user, String password) throws SQLException {
        long start = nanoTime.getAsLong();
        Connection connection;
        try {
            connection = user == null ? pool.getConnection() : pool.getConnection(user, password);
        } catch (SQLException | RuntimeException e) {
            refused.record(nanoTime.getAsLong() - start, TimeUnit.NANOSECONDS);
            throw e;
        }
        acquired.record(nanoTime.getAsLong() - start, TimeUnit.NANOSECONDS);
        inUse.incrementAndGet();
        return (Connection) Proxy.newProxyInstance(PoolMeters.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Held(connection, inUse));
    }

    /** The connection handed to EclipseLink: every call goes to the pool's; the first close gives it back to the count. */
    private static final class Held implements InvocationHandler {
        private final Connection connection;
        private final AtomicInteger inUse;
        private final AtomicBoolean closed = new AtomicBoolean();

        Held(Connection connection, AtomicInteger inUse) {
            this.connection = connection;
            this.inUse = inUse;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("close") && method.getParameterCount() == 0 && closed.compareAndSet(false, true)) {
                inUse.decrementAndGet();
            }
            if (method.getName().equals("equals") && method.getParameterCount() == 1) {
                return proxy == args[0];
            }
            if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
                return System.identityHashCode(proxy);
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    /** The container's data source with its connections counted. */
    private static final class Measured implements DataSource {
        private final DataSource pool;
        private final PoolMeters meters;

        Measured(DataSource pool, PoolMeters meters) {
            this.pool = pool;
            this.meters = meters;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return meters.acquire(pool, null, null);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return meters.acquire(pool, username, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || pool.isWrapperFor(type);
        }
    }
}
