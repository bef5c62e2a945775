package dimple.web.shared;

import dimple.application.shared.Refusal;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
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
        Optional<Refusal> refusal = Refusal.of(thrown);
        if (refusal.isPresent()) {
            Refusal r = refusal.get();
            return switch (r.kind()) {
                case INVALID_INPUT -> Problems.response(400, "Bad Request", r.message(), r.problems());
                case NOT_SIGNED_IN -> Response.fromResponse(Problems.response(401, "Unauthorized", r.message(), List.of()))
                        .header("WWW-Authenticate", "Basic realm=\"dimple\"").build();
                case NOT_ALLOWED -> {
                    RefusalAudit.record(request);
                    yield Problems.response(403, "Forbidden", r.message(), List.of());
                }
                case NOT_FOUND -> Problems.response(404, "Not Found", r.message(), List.of());
                case RULE -> Problems.response(409, "Conflict", r.message(), List.of());
                case STALE -> Problems.response(412, "Precondition Failed", r.message(), List.of());
            };
        }
        if (causedBy(thrown, ApiBodyLimitFilter.BodyTooLarge.class)) {
            return Problems.response(413, "Payload Too Large", "The request body is larger than " + ApiBodyLimitFilter.MAX_BYTES + " bytes.", List.of());
        }
        if (causedBy(thrown, JsonbException.class) || causedBy(thrown, JsonException.class)) {
            return Problems.response(400, "Bad Request", "The request body is not valid JSON of the expected shape.", List.of());
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            return Response.fromResponse(Problems.response(status, title, detailFor(status), List.of()))
                    .header("Allow", web.getResponse().getHeaderString("Allow")).build();
        }
        String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure in an API call, incident " + incident, thrown);
        return Problems.response(500, "Internal Server Error", "Something went wrong on our side (incident " + incident + "). Nothing was changed.", List.of());
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request is not well formed.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept this method.";
            case 406 -> "This address answers in JSON only.";
            case 415 -> "Send the body as application/json.";
            default -> "The request was not accepted.";
        };
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
