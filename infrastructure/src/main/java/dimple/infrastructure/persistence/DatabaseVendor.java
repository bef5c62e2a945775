package dimple.infrastructure.persistence;

import java.util.List;
import java.util.Locale;

/**
 * The database product Dimple runs on, told by the JDBC URL of its data source, and the one setting
 * that chooses everything only that product understands: the migrations of its own folder (beside
 * the common one) and the vendor variants of the adapters ({@code dimple.infrastructure.<context>.<vendor>}).
 * See docs/adr/0018-one-seam-per-database-vendor.md.
 */
public enum DatabaseVendor {
    H2("h2"),
    POSTGRESQL("postgresql");

    /** The migrations every vendor runs; each vendor adds those of its own folder beside it. */
    public static final String COMMON_MIGRATIONS = "classpath:db/migration/common";

    private final String key;

    DatabaseVendor(String key) {
        this.key = key;
    }

    /** The vendor of a JDBC URL ({@code jdbc:h2:...}, {@code jdbc:postgresql:...}); refused for any other database. */
    public static DatabaseVendor ofJdbcUrl(String url) {
        String scheme = url == null ? "" : url.toLowerCase(Locale.ROOT);
        for (DatabaseVendor vendor : values()) {
            if (scheme.startsWith("jdbc:" + vendor.key + ":")) {
                return vendor;
            }
        }
        throw new IllegalStateException("Dimple runs on H2 or PostgreSQL; the data source's URL begins with \""
                + subprotocol(url) + "\", which is neither");
    }

    /** Only "jdbc:name": the rest of a URL may carry a host name or a password. */
    private static String subprotocol(String url) {
        if (url == null) {
            return "(none)";
        }
        int second = url.indexOf(':', url.indexOf(':') + 1);
        return second < 0 ? "(not a JDBC URL)" : url.substring(0, second);
    }

    /** The name of the vendor's migration folder and adapter packages: {@code h2}, {@code postgresql}. */
    public String key() {
        return key;
    }

    /** Where Flyway finds this vendor's migrations: the common folder and the vendor's own. */
    public List<String> migrationLocations() {
        return List.of(COMMON_MIGRATIONS, "classpath:db/migration/" + key);
    }
}
