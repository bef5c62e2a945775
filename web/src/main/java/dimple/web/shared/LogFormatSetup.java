package dimple.web.shared;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The console's log format, {@code DIMPLE_LOG_FORMAT}: {@code plain} (the default: Payara's one-line ODL format,
 * without colours, from web/src/main/payara/logging.properties) or {@code json} (Payara's JSON formatter, one object
 * per line). Payara Micro reads its logging.properties before any application, and its placeholders there have no
 * default value, so the switch happens here, when Dimple is deployed: the lines Payara writes while it boots stay
 * plain (docs/adr/0034).
 */
@WebListener
public class LogFormatSetup implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(LogFormatSetup.class.getName());
    static final String JSON_FORMATTER = "fish.payara.enterprise.server.logging.JSONLogFormatter";

    /** The formats an operator can choose. */
    enum Format { PLAIN, JSON }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Optional<String> setting = ConfigProvider.getConfig().getOptionalValue("dimple.log.format", String.class);
        Optional<Format> format = format(setting.orElse(null));
        if (format.isEmpty()) {
            LOG.warning(() -> "DIMPLE_LOG_FORMAT must be plain or json; the log stays plain");
        } else if (format.get() == Format.JSON && !useOnConsole(Logger.getLogger(""), JSON_FORMATTER)) {
            LOG.warning(() -> "Payara's JSON log formatter is not available; the log stays plain");
        }
    }

    /** The format a setting names: none set means plain; anything but plain or json is not a format. */
    static Optional<Format> format(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.of(Format.PLAIN);
        }
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "plain" -> Optional.of(Format.PLAIN);
            case "json" -> Optional.of(Format.JSON);
            default -> Optional.empty();
        };
    }

    /**
     * Gives each console handler of the logger a new formatter of the named class, loaded where the handler's current
     * formatter comes from (Payara's own class loader, which the application's does not see). False when there is
     * no console handler or the class cannot be made; the handlers then keep their formatters.
     */
    static boolean useOnConsole(Logger logger, String formatterClass) {
        boolean changed = false;
        for (Handler handler : logger.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                Formatter current = handler.getFormatter();
                ClassLoader loader = current == null || current.getClass().getClassLoader() == null
                        ? Thread.currentThread().getContextClassLoader() : current.getClass().getClassLoader();
                try {
                    handler.setFormatter((Formatter) Class.forName(formatterClass, true, loader).getDeclaredConstructor().newInstance());
                    changed = true;
                } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                    LOG.log(Level.FINE, "no formatter " + formatterClass, e);
                    return false;
                }
            }
        }
        return changed;
    }
}
