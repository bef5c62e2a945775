package dimple.infrastructure.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where Dimple's database is, as the operator set it: {@code DIMPLE_DB_URL}, {@code DIMPLE_DB_USER} and
 * {@code DIMPLE_DB_PASSWORD} (or the system properties {@code dimple.db.url}, ...). With no URL set, the
 * embedded H2 file under {@code DIMPLE_DATA_DIR} (default {@code ./dimple-data}), as before there was a
 * choice. Read by {@link ConfiguredDataSource} when the container builds its pool, before the application's
 * MicroProfile Config is there, so from the environment and system properties only.
 *
 * <p>The password never leaves this record except to the driver: {@link #toString()} names the vendor,
 * the user and the URL up to its parameters, never the password or the URL's query (which may carry one).
 */
public record DatabaseSettings(DatabaseVendor vendor, String url, String user, String password) {
    public static final String URL = "dimple.db.url";
    public static final String USER = "dimple.db.user";
    public static final String PASSWORD = "dimple.db.password";
    public static final String DATA_DIR = "dimple.data.dir";

    /** The H2 file when no URL is given: durable at every commit (WRITE_DELAY=0, ADR 2). */
    static final String H2_OPTIONS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    static final String H2_USER = "dimple";

    public DatabaseSettings {
        Objects.requireNonNull(vendor);
        Objects.requireNonNull(url);
    }

    /** From this process's environment and system properties. */
    public static DatabaseSettings read() {
        return from(name -> {
            String property = System.getProperty(name);
            return property != null && !property.isBlank() ? property
                    : System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_'));
        });
    }

    /** From settings given by name ({@code dimple.db.url}); absent or blank means not set. */
    public static DatabaseSettings from(Map<String, String> settings) {
        return from(settings::get);
    }

    private static DatabaseSettings from(UnaryOperator<String> setting) {
        String url = blankToNull(setting.apply(URL));
        if (url == null) {
            String dir = blankToNull(setting.apply(DATA_DIR));
            // An absolute path: H2 refuses a relative one written without "./".
            Path data = Path.of(dir == null ? "dimple-data" : dir).toAbsolutePath().normalize();
            // The embedded file's own credentials, whatever DIMPLE_DB_USER says: a user set for a PostgreSQL
            // that is not named yet must not lock Dimple out of its H2 file (and the copy command opens it so).
            return new DatabaseSettings(DatabaseVendor.H2, "jdbc:h2:file:" + data.resolve("dimple") + H2_OPTIONS, H2_USER, H2_USER);
        }
        DatabaseVendor vendor = DatabaseVendor.ofJdbcUrl(url);
        return new DatabaseSettings(vendor, url, blankToNull(setting.apply(USER)), blankToNull(setting.apply(PASSWORD)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The URL without its parameters (after {@code ?} or {@code ;}), which may carry a password. */
    public String urlWithoutParameters() {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return url.substring(0, cut);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + vendor + " at " + urlWithoutParameters() + ", user " + (user == null ? "(from the URL)" : user)
                + ", password " + (password == null ? "unset" : "set") + "]";
    }
}
