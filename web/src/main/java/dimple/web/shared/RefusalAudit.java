package dimple.web.shared;

import dimple.application.audit.AuditTrail;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Writes ACCESS_REFUSED when a signed-in person is refused a use case, from either door (pages, API).
 * The line says what was tried (method and address with every record id replaced by {@code {id}}), so
 * it can never tie a person to a particular record, such as a confidential report of their own.
 */
final class RefusalAudit {
    private static final Logger LOG = Logger.getLogger(RefusalAudit.class.getName());
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_PATH = 150;

    private RefusalAudit() {
    }

    static void record(HttpServletRequest request) {
        try {
            CDI.current().select(AuditTrail.class).get().recordRefusal(describe(request.getMethod(), request.getRequestURI()));
        } catch (RuntimeException e) {
            // The refusal itself stands; a trail that cannot be written must not turn it into a server error.
            LOG.log(Level.WARNING, "An ACCESS_REFUSED entry could not be written", e);
        }
    }

    static String describe(String method, String path) {
        String generic = ID.matcher(path == null ? "" : path).replaceAll("{id}");
        return method + " " + (generic.length() > MAX_PATH ? generic.substring(0, MAX_PATH) + "…" : generic);
    }
}
