package dimple.web.recovery;

import dimple.application.recovery.RecordRecoveryStep;
import dimple.application.recovery.RecoveryService;
import dimple.application.reporting.RecoveryView;
import dimple.application.shared.PageView;
import dimple.web.shared.ETags;
import dimple.web.shared.JsonBody;
import dimple.web.shared.QueryParams;
import dimple.web.shared.Tagged;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;

/** The recoveries API: what is due, one case, recording a step on it and a letter sent to its customer. */
@Path("recoveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecoveryResource {
    @Context
    Request request;

    @Context
    Providers providers;

    @Inject
    RecoveryService recoveries;

    /** {@code ?due=overdue|soon|all&team=}: unsettled cases of the caller's reports and led teams, most urgent first. */
    @GET
    public PageView<RecoveryView> due(@QueryParam("due") String due, @QueryParam("team") String team,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        return recoveries.due(due, team, QueryParams.integer("page", page), QueryParams.integer("size", size));
    }

    @GET
    @Path("{id}")
    public Response find(@PathParam("id") String id) {
        RecoveryView recovery = recoveries.find(id);
        return Tagged.of(providers, recovery, recovery.version()).read(request);
    }

    /** {@code {step, at?, channel?, by?, remedy?: {type, cost?: {amount, currency}}, outcome?, note?}} → the case. */
    @POST
    @Path("{id}/steps")
    public Response step(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        JsonBody remedy = body.object("remedy");
        JsonBody cost = remedy == null ? null : remedy.object("cost");
        RecordRecoveryStep command = new RecordRecoveryStep(id, body.string("step"), body.instant("at"), body.string("channel"),
                body.string("by"), remedy == null ? null : remedy.string("type"), cost == null ? null : cost.decimal("amount"),
                cost == null ? null : cost.string("currency"), body.string("outcome"), body.string("note"),
                ETags.expected(ifMatch, () -> recoveries.find(id).version()));
        body.orRefuse();
        RecoveryView recovery = recoveries.record(command);
        return Tagged.of(providers, recovery, recovery.version()).ok().build();
    }

    /**
     * {@code {templateId, channel}} → 201 with the case, its history ending in the {@code LETTER_SENT} step (the channel
     * and the template's name, never the letter's words; docs/adr/0049).
     */
    @POST
    @Path("{id}/letters")
    public Response letterSent(@PathParam("id") String id, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        String templateId = body.string("templateId");
        String channel = body.string("channel");
        body.orRefuse();
        RecoveryView recovery = recoveries.markLetterSent(id, templateId, channel);
        return Tagged.of(providers, recovery, recovery.version()).ok().status(Response.Status.CREATED).build();
    }
}
