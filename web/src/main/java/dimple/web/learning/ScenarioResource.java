package dimple.web.learning;

import dimple.application.learning.LogPractice;
import dimple.application.learning.ScenarioService;
import dimple.application.learning.ScenarioView;
import dimple.application.shared.PageView;
import dimple.web.shared.JsonBody;
import dimple.web.shared.QueryParams;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Scenario cards (API.md "Learning"): browse, read one, log a practice session. */
@Path("scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScenarioResource {
    @Inject
    ScenarioService scenarios;

    @GET
    public PageView<ScenarioView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return scenarios.all(QueryParams.integer("page", page), QueryParams.integer("size", size));
    }

    @GET
    @Path("{id}")
    public ScenarioView find(@PathParam("id") String id) {
        return scenarios.find(id);
    }

    @POST
    @Path("{id}/practice")
    public Response practice(@PathParam("id") String id, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        LogPractice command = new LogPractice(body.date("heldOn"), body.strings("participants"), body.string("notes"));
        body.orRefuse();
        return Response.status(Response.Status.CREATED).entity(scenarios.logPractice(id, command)).build();
    }
}
