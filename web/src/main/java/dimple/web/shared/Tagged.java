package dimple.web.shared;

import dimple.application.shared.StaleRecord;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import java.nio.charset.StandardCharsets;

/**
 * A single record's answer as the bytes that will be sent, with its ETag ({@link ETags#of(long, byte[])}):
 * the view is written once, with the API's own JSON-B ({@link MessageJson}), and the hash is of those bytes.
 *
 * @param json the answer's body
 * @param tag its ETag
 */
public record Tagged(byte[] json, EntityTag tag) {
    /** The view written as the API writes it, tagged with the record's version. */
    public static Tagged of(Providers providers, Object view, long version) {
        ContextResolver<Jsonb> resolver = providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE);
        if (resolver == null) {
            throw new IllegalStateException("No JSON-B for the API");
        }
        byte[] json = resolver.getContext(view.getClass()).toJson(view).getBytes(StandardCharsets.UTF_8);
        return new Tagged(json, ETags.of(version, json));
    }

    /** 200 with the body and its ETag: the answer to a state change. */
    public Response.ResponseBuilder ok() {
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag);
    }

    /**
     * The answer to a {@code GET}, after its preconditions (RFC 9110 section 13, by Jakarta REST's
     * {@link Request#evaluatePreconditions(EntityTag)}): {@code If-None-Match} that matches (weak comparison,
     * {@code *}, lists) is 304 with the ETag and no body; {@code If-Match} that does not (strong comparison)
     * is 412 problem JSON; otherwise 200.
     */
    public Response read(Request request) {
        Response.ResponseBuilder precondition = request.evaluatePreconditions(tag);
        if (precondition == null) {
            return ok().build();
        }
        Response answer = precondition.build();
        if (answer.getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            throw new StaleRecord();
        }
        return Response.fromResponse(answer).tag(tag).build();
    }
}
