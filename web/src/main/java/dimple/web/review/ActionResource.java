package dimple.web.review;

import dimple.application.review.ActionService;
import dimple.application.review.ActionView;
import dimple.application.review.ChangeActionStatus;
import dimple.application.shared.InvalidInput;
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

/**
 * The action items API: {@code ?mine=true} for the caller's items, otherwise those of the teams the
 * caller leads ({@code ?team=NAME} for one), open ones first with the overdue leading; one item with
 * its ETag; and moving an item on (If-Match optional).
 */
@Path("actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionResource {
    @Context
    Request request;

    @Context
    Providers providers;

    @Inject
    ActionService actions;

    @GET
    public PageView<ActionView> list(@QueryParam("mine") String mine, @QueryParam("team") String team, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        if (mine != null && !mine.isBlank() && !mine.equals("true") && !mine.equals("false")) {
            throw InvalidInput.of("mine", "api.field.boolean", "mine");
        }
        if ("true".equals(mine)) {
            return actions.mine(QueryParams.integer("page", page), QueryParams.integer("size", size));
        }
        return actions.team(team, QueryParams.integer("page", page), QueryParams.integer("size", size));
    }

    @GET
    @Path("{id}")
    public Response find(@PathParam("id") String id) {
        ActionView action = actions.find(id);
        return Tagged.of(providers, action, action.version()).read(request);
    }

    /** {@code {status, reason?}}: IN_PROGRESS, DONE, or NOT_DOING with a reason. */
    @POST
    @Path("{id}/status")
    public Response move(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        ChangeActionStatus command = new ChangeActionStatus(id, body.string("status"), body.string("reason"), ETags.expected(ifMatch,
                () -> actions.find(id).version()));
        body.orRefuse();
        ActionView action = actions.move(command);
        return Tagged.of(providers, action, action.version()).ok().build();
    }
}
