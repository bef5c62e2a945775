package dimple.web.review;

import dimple.application.review.ActionView;
import dimple.application.review.AddFactor;
import dimple.application.review.AddTimelineEntry;
import dimple.application.review.CorrectFactor;
import dimple.application.review.CorrectTimelineEntry;
import dimple.application.review.EditReview;
import dimple.application.review.FactorView;
import dimple.application.review.HistoryEntryView;
import dimple.application.review.MoveReview;
import dimple.application.review.PlanAction;
import dimple.application.review.ReviewService;
import dimple.application.review.ReviewSummary;
import dimple.application.review.ReviewView;
import dimple.application.review.ReviseAction;
import dimple.application.review.TakeOutOfReview;
import dimple.application.review.TimelineEntryView;
import dimple.application.shared.PageView;
import dimple.web.shared.ETags;
import dimple.web.shared.JsonBody;
import dimple.web.shared.QueryParams;
import dimple.web.shared.Tagged;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * The reviews API: read one (ETag: its version and a hash of the answer, docs/reports-api.md), change it
 * (PATCH; If-Match optional, 412 when stale), add timeline entries, factors and actions, move it through its states, and read its
 * history. While it is drafting, a timeline entry or a factor is corrected (PUT) or taken out (DELETE,
 * 204), and an action is corrected (PUT); in any other state that answers 409. A published review is
 * frozen: every change answers 409.
 */
@Path("reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {
    @Context
    Request request;

    @Context
    Providers providers;

    @Inject
    ReviewService reviews;

    /** The reviews the caller may see (led teams, facilitated, taking part), most recently changed first. */
    @GET
    public PageView<ReviewSummary> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        return reviews.list(status, QueryParams.integer("page", page), QueryParams.integer("size", size));
    }

    @GET
    @Path("{id}")
    public Response find(@PathParam("id") String id) {
        ReviewView review = reviews.find(id);
        return Tagged.of(providers, review, review.version()).read(request);
    }

    /** Only the fields sent change; an empty string empties a text; a list replaces participants or tags. */
    @PATCH
    @Path("{id}")
    public Response edit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        EditReview command = new EditReview(id, body.string("title"), body.string("summary"), body.string("takeaway"),
                body.string("whatHappened"), body.string("why"), body.string("howFixed"), body.string("wentWell"), body.string("wentWrong"),
                body.string("gotLucky"), body.string("noActionReason"), body.string("facilitator"), body.strings("participants"),
                body.strings("tags"), expected(id, ifMatch));
        body.orRefuse();
        return withTag(reviews.edit(command));
    }

    @POST
    @Path("{id}/timeline")
    public TimelineEntryView addTimelineEntry(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        AddTimelineEntry command = new AddTimelineEntry(id, body.instant("at"), body.string("text"), body.string("kind"),
                expected(id, ifMatch));
        body.orRefuse();
        return reviews.addTimelineEntry(command);
    }

    @POST
    @Path("{id}/factors")
    public FactorView addFactor(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        AddFactor command = new AddFactor(id, body.string("category"), body.string("description"), body.strings("whys"),
                expected(id, ifMatch));
        body.orRefuse();
        return reviews.addFactor(command);
    }

    @POST
    @Path("{id}/actions")
    public ActionView planAction(@PathParam("id") String id, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        PlanAction command = new PlanAction(id, body.string("title"), body.string("type"), body.string("owner"), body.date("dueDate"),
                body.string("priority"));
        body.orRefuse();
        return reviews.planAction(command);
    }

    /** {@code {at, text, kind?}}: the corrected moment (a changed time re-sorts the timeline). */
    @PUT
    @Path("{id}/timeline/{entryId}")
    public TimelineEntryView correctTimelineEntry(@PathParam("id") String id, @PathParam("entryId") String entryId,
                                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        CorrectTimelineEntry command = new CorrectTimelineEntry(id, entryId, body.instant("at"), body.string("text"), body.string("kind"),
                expected(id, ifMatch));
        body.orRefuse();
        return reviews.correctTimelineEntry(command);
    }

    /** No body; like every change, it says {@code Content-Type: application/json} (ApiRequestFilter). */
    @DELETE
    @Path("{id}/timeline/{entryId}")
    public Response removeTimelineEntry(@PathParam("id") String id, @PathParam("entryId") String entryId,
                                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        reviews.removeTimelineEntry(new TakeOutOfReview(id, entryId, expected(id, ifMatch)));
        return Response.noContent().build();
    }

    /** {@code {category, description, whys[]}}: the corrected factor. */
    @PUT
    @Path("{id}/factors/{factorId}")
    public FactorView correctFactor(@PathParam("id") String id, @PathParam("factorId") String factorId,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        CorrectFactor command = new CorrectFactor(id, factorId, body.string("category"), body.string("description"), body.strings("whys"),
                expected(id, ifMatch));
        body.orRefuse();
        return reviews.correctFactor(command);
    }

    @DELETE
    @Path("{id}/factors/{factorId}")
    public Response removeFactor(@PathParam("id") String id, @PathParam("factorId") String factorId,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        reviews.removeFactor(new TakeOutOfReview(id, factorId, expected(id, ifMatch)));
        return Response.noContent().build();
    }

    /** {@code {title, type, owner, dueDate?, priority?}}: the corrected action (absent due date and priority are kept). */
    @PUT
    @Path("{id}/actions/{actionId}")
    public ActionView reviseAction(@PathParam("id") String id, @PathParam("actionId") String actionId, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        ReviseAction command = new ReviseAction(id, actionId, body.string("title"), body.string("type"), body.string("owner"),
                body.date("dueDate"), body.string("priority"));
        body.orRefuse();
        return reviews.reviseAction(command);
    }

    /**
     * {@code {to, reason?, acknowledgedFindings?}}: IN_REVIEW, DRAFTING (with a reason), APPROVED, PUBLISHED (the answer then
     * carries lessonId; refused with 409 and {@code findings} while the lesson would show what looks like personal data that
     * {@code acknowledgedFindings} does not name).
     */
    @POST
    @Path("{id}/transitions")
    public Response move(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        MoveReview command = new MoveReview(id, body.string("to"), body.string("reason"), expected(id, ifMatch),
                body.strings("acknowledgedFindings"));
        body.orRefuse();
        return withTag(reviews.move(command));
    }

    @GET
    @Path("{id}/history")
    public PageView<HistoryEntryView> history(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return reviews.history(id, QueryParams.integer("page", page), QueryParams.integer("size", size));
    }

    private Response withTag(ReviewView review) {
        return Tagged.of(providers, review, review.version()).ok().build();
    }

    /** The review's version the caller expects (If-Match), its current one read only for a list of several. */
    private Long expected(String id, String ifMatch) {
        return ETags.expected(ifMatch, () -> reviews.find(id).version());
    }
}
