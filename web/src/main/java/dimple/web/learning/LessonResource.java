package dimple.web.learning;

import dimple.application.learning.BoardFilter;
import dimple.application.learning.BoardPage;
import dimple.application.learning.LessonCard;
import dimple.application.learning.LessonService;
import dimple.application.learning.LessonView;
import dimple.application.learning.ScenarioService;
import dimple.application.learning.ScenarioView;
import dimple.application.learning.WriteScenario;
import dimple.web.shared.JsonBody;
import dimple.web.shared.QueryParams;
import dimple.web.shared.Tagged;
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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Providers;
import java.util.List;

/**
 * The lessons API (API.md "Learning"): the board and search, similar lessons, one lesson, endorsements,
 * scenario cards from a lesson, and the leaders' archive and supersede.
 */
@Path("lessons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LessonResource {
    @Context
    Request request;

    @Context
    Providers providers;

    @Inject
    LessonService lessons;

    @Inject
    ScenarioService scenarios;

    /**
     * Best match first with {@code q}; otherwise newest (or {@code order=MOST_ENDORSED}) first. A search
     * that finds nothing as typed answers with the lessons for its typos corrected and says so in
     * {@code correctedQuery}; {@code exact=true} searches exactly what was typed.
     */
    @GET
    public BoardPage list(@QueryParam("q") String q, @QueryParam("tag") String tag, @QueryParam("team") String team,
                          @QueryParam("kind") String kind, @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("order") String order, @QueryParam("page") String page, @QueryParam("size") String size,
                          @QueryParam("exact") String exact) {
        BoardFilter filter = new BoardFilter(q, tag, team, kind, QueryParams.date("from", from), QueryParams.date("to", to), order,
                QueryParams.bool("exact", exact));
        return lessons.board(filter, QueryParams.integer("page", page), QueryParams.integer("size", size));
    }

    @GET
    @Path("similar")
    public List<LessonCard> similar(@QueryParam("text") String text) {
        return lessons.similar(text);
    }

    @GET
    @Path("{id}")
    public Response find(@PathParam("id") String id) {
        LessonView lesson = lessons.find(id);
        return Tagged.of(providers, lesson, lesson.version()).read(request);
    }

    @POST
    @Path("{id}/endorsements")
    public Response endorse(@PathParam("id") String id, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        String kind = body.string("kind");
        body.orRefuse();
        LessonView lesson = lessons.endorse(id, kind);
        return Tagged.of(providers, lesson, lesson.version()).ok().build();
    }

    @POST
    @Path("{id}/archive")
    public Response archive(@PathParam("id") String id) {
        LessonView lesson = lessons.archive(id);
        return Tagged.of(providers, lesson, lesson.version()).ok().build();
    }

    /** {@code {by}}: the id of the newer lesson. */
    @POST
    @Path("{id}/supersede")
    public Response supersede(@PathParam("id") String id, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        String by = body.string("by");
        body.orRefuse();
        LessonView lesson = lessons.supersede(id, by);
        return Tagged.of(providers, lesson, lesson.version()).ok().build();
    }

    @POST
    @Path("{id}/scenarios")
    public Response writeScenario(@PathParam("id") String id, JsonObject json, @Context UriInfo uri) {
        JsonBody body = JsonBody.of(json);
        WriteScenario command = new WriteScenario(body.string("persona"), body.string("situation"), body.string("mayOffer"),
                body.string("goodLooksLike"), body.strings("debriefQuestions"));
        body.orRefuse();
        ScenarioView card = scenarios.write(id, command);
        return Response.created(uri.getBaseUriBuilder().path("scenarios/{id}").build(card.id())).entity(card).build();
    }
}
