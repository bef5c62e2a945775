package dimple.web.shared;

import dimple.application.shared.RuleRefusal;
import dimple.application.shared.Refusal;
import dimple.domain.shared.Message;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception that leaves an API call becomes a problem+json answer: refusals of the use cases
 * with their status, malformed bodies as 400, and anything unexpected as a 500 that tells nothing
 * about the server (the details go to the log, under an id the answer quotes).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = Words.of(request);
        Optional<Refusal> refusal = Refusal.of(thrown);
        if (refusal.isPresent()) {
            Refusal r = refusal.get();
            return switch (r.kind()) {
                case INVALID_INPUT -> Problems.response(400, "Bad Request", r.message(), r.problems(), locale);
                case NOT_SIGNED_IN -> Response.fromResponse(Problems.response(401, "Unauthorized", r.message(), List.of(), locale))
                        .header("WWW-Authenticate", "Basic realm=\"dimple\"").build();
                case NOT_ALLOWED -> {
                    RefusalAudit.record(request);
                    yield Problems.response(403, "Forbidden", r.message(), List.of(), locale);
                }
                case NOT_FOUND -> Problems.response(404, "Not Found", r.message(), List.of(), locale);
                case RULE -> ruleRefusal(thrown).filter(rule -> !rule.extensions().isEmpty())
                        .map(rule -> Problems.withExtensions(409, "Conflict", r, rule.extensions(), locale))
                        .orElseGet(() -> Problems.response(409, "Conflict", r.message(), r.problems(), locale));
                case STALE -> Problems.response(412, "Precondition Failed", r.message(), List.of(), locale);
                case TOO_MANY_ATTEMPTS -> Response.fromResponse(Problems.response(429, "Too Many Requests", r.message(), List.of(), locale))
                        .header("Retry-After", retryAfter(thrown)).build();
            };
        }
        if (causedBy(thrown, ApiBodyLimitFilter.BodyTooLarge.class)) {
            return Problems.response(413, "Payload Too Large", Message.of(ApiBodyLimitFilter.TOO_LARGE, ApiBodyLimitFilter.MAX_BYTES), List.of(), locale);
        }
        if (causedBy(thrown, JsonbException.class) || causedBy(thrown, JsonException.class)) {
            return Problems.response(400, "Bad Request", Message.of("request.badJson"), List.of(), locale);
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            return Response.fromResponse(Problems.response(status, title, Message.of(detailFor(status)), List.of(), locale))
                    .header("Allow", web.getResponse().getHeaderString("Allow")).build();
        }
        String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure in an API call, incident " + incident, thrown);
        return Problems.response(500, "Internal Server Error", Message.of("request.incident", incident), List.of(), locale);
    }

    /** Whole seconds until the next try is taken, at least 1. */
    private static long retryAfter(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof dimple.application.shared.TooManyAttempts tooMany) {
                return Math.max(1, java.time.Duration.between(java.time.Instant.now(), tooMany.waitUntil()).toSeconds() + 1);
            }
        }
        return 1;
    }

    /** The code of the words for a status the container or JAX-RS answered ({@code request.status.*}). */
    private static String detailFor(int status) {
        return switch (status) {
            case 400, 404, 405, 406, 415 -> "request.status." + status;
            default -> "request.status.other";
        };
    }

    private static Optional<RuleRefusal> ruleRefusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RuleRefusal found) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
