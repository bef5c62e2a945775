package dimple.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The container's data source and the {@link DatabaseVendor} behind it, told once (at start-up, by
 * the first that asks: the migrations) from the URL the driver reports, so that the migrations and
 * the adapters can never be chosen for two different databases.
 */
@ApplicationScoped
public class Database {
    public static final String DATA_SOURCE = "java:app/jdbc/dimple";

    private volatile DatabaseVendor vendor;

    /** The container's pooled data source (looked up: resource injection is not offered to beans in library jars). */
    public DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("The data source " + DATA_SOURCE + " is missing", e);
        }
    }

    public DatabaseVendor vendor() {
        DatabaseVendor known = vendor;
        if (known == null) {
            known = vendorOf(dataSource());
            vendor = known;
        }
        return known;
    }

    /** The vendor of the database a data source connects to, from the URL its driver reports. */
    public static DatabaseVendor vendorOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseVendor.ofJdbcUrl(connection.getMetaData().getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("The database behind " + DATA_SOURCE + " cannot be reached", e);
        }
    }
}
