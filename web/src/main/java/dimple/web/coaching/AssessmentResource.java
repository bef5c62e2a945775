package dimple.web.coaching;

import dimple.application.coaching.AssessmentService;
import dimple.application.coaching.AssessmentView;
import dimple.application.coaching.OpenAssessment;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Just Culture assessments (API.md "Accountability and coaching"): open one on a named report (409 for
 * a confidential one), read one, list the ones the caller may see. Restricted: every read is audited.
 */
@Path("assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {
    @Inject
    AssessmentService assessing;

    @POST
    public Response open(JsonObject json, @Context UriInfo uri) {
        JsonBody body = JsonBody.of(json);
        JsonBody tests = body.object("tests");
        OpenAssessment command = new OpenAssessment(body.string("reportId"), body.string("subject"), body.string("reason"),
                tests == null ? null : new OpenAssessment.Tests(tests.bool("deliberateHarm"), tests.bool("health"), tests.bool("foresight"),
                        tests.bool("substitution")),
                body.string("behaviour"), body.string("response"));
        body.orRefuse();
        AssessmentView created = assessing.open(command);
        return Response.created(uri.getBaseUriBuilder().path("assessments/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public AssessmentView find(@PathParam("id") String id) {
        return assessing.find(id);
    }

    @GET
    public PageView<AssessmentView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return assessing.list(QueryParams.integer("page", page), QueryParams.integer("size", size));
    }
}
