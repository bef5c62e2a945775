package dimple.web.identity;

import dimple.application.identity.TeamWebhookService;
import dimple.application.identity.TeamWebhookView;
import dimple.web.shared.JsonBody;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/admin/teams/{team}/webhooks[/{kind}]} (docs/adr/0031): a team's Slack, Teams and generic
 * webhooks. URLs come back masked; a generated signing secret comes back once, in the answer to the PUT that
 * made it. {@code POST …/{kind}/test} queues a test message to that webhook (202: it is sent by the queue).
 */
@Path("admin/teams/{team}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamWebhookResource {
    @Inject
    TeamWebhookService webhooks;

    @GET
    public List<TeamWebhookView> list(@PathParam("team") String team) {
        return webhooks.of(team);
    }

    /** {@code {url, secret?}}: sets or replaces the team's webhook of the kind (SLACK, TEAMS, GENERIC). */
    @PUT
    @Path("{kind}")
    public TeamWebhookView set(@PathParam("team") String team, @PathParam("kind") String kind, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        String url = body.string("url");
        String secret = body.string("secret");
        body.orRefuse();
        return webhooks.set(team, kind, url, secret);
    }

    @DELETE
    @Path("{kind}")
    public Response remove(@PathParam("team") String team, @PathParam("kind") String kind) {
        webhooks.remove(team, kind);
        return Response.noContent().build();
    }

    /** Queues a test message to the team's webhook of the kind, through the same queue as every announcement. */
    @POST
    @Path("{kind}/test")
    public Response test(@PathParam("team") String team, @PathParam("kind") String kind) {
        webhooks.sendTest(team, kind);
        return Response.accepted().build();
    }
}
