package dimple.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source class the container's pool ({@code java:app/jdbc/dimple}, WEB-INF/glassfish-resources.xml) makes its
 * connections with: the vendor's own simple data source, chosen and set up from {@link DatabaseSettings}
 * (environment variables), so one build runs on the embedded H2 file or on PostgreSQL without editing a
 * descriptor. The container does the pooling and the transactions; this class only opens connections.
 */
public class ConfiguredDataSource implements DataSource {
    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

    private final DataSource vendorDataSource;

    public ConfiguredDataSource() {
        this(DatabaseSettings.read());
    }

    ConfiguredDataSource(DatabaseSettings settings) {
        this.vendorDataSource = switch (settings.vendor()) {
            case H2 -> h2(settings);
            case POSTGRESQL -> postgresql(settings);
        };
        LOG.info(() -> "Database: " + settings);
    }

    private static DataSource h2(DatabaseSettings settings) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(settings.url());
        h2.setUser(settings.user());
        h2.setPassword(settings.password());
        return h2;
    }

    private static DataSource postgresql(DatabaseSettings settings) {
        PGSimpleDataSource postgresql = new PGSimpleDataSource();
        postgresql.setURL(settings.url());
        if (settings.user() != null) {
            postgresql.setUser(settings.user());
        }
        if (settings.password() != null) {
            postgresql.setPassword(settings.password());
        }
        // Names the application in pg_stat_activity, so an operator can tell its connections.
        postgresql.setApplicationName("dimple");
        return postgresql;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return vendorDataSource.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return vendorDataSource.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return vendorDataSource.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        vendorDataSource.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        vendorDataSource.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return vendorDataSource.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return LOG;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return vendorDataSource.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || vendorDataSource.isWrapperFor(type);
    }

    @Override
    public String toString() {
        return "ConfiguredDataSource";
    }
}
