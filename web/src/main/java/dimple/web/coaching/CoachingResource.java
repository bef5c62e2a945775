package dimple.web.coaching;

import dimple.application.coaching.ChangeCoachingRecord;
import dimple.application.coaching.CoachingExportService;
import dimple.application.coaching.CoachingLegalHoldService;
import dimple.application.coaching.CoachingLegalHoldView;
import dimple.application.coaching.CoachingFilter;
import dimple.application.coaching.CoachingRecordSummary;
import dimple.application.coaching.CoachingRecordView;
import dimple.application.coaching.CoachingService;
import dimple.application.coaching.DraftCoachingRecord;
import dimple.application.coaching.ExportPlan;
import dimple.application.coaching.ExportRequest;
import dimple.application.coaching.ExportWords;
import dimple.application.coaching.RespondToCoachingRecord;
import dimple.application.coaching.ReviseCoachingRecord;
import dimple.application.shared.PageView;
import dimple.web.shared.ETags;
import dimple.web.shared.JsonBody;
import dimple.web.shared.QueryParams;
import dimple.web.shared.Words;
import dimple.web.shared.Tagged;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Providers;
import java.util.Locale;

/**
 * Coaching records (API.md "Accountability and coaching"): write a draft, change it, share it, the
 * employee's acknowledgement or decline, closing, reading, listing, and HR's streamed export. Single
 * records carry an ETag; state changes accept If-Match.
 */
@Path("coaching-records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoachingResource {
    @Context
    Request conditions;

    @Context
    Providers providers;

    @Inject
    CoachingService coaching;

    @Inject
    CoachingExportService exports;

    @Inject
    CoachingLegalHoldService holds;

    @Context
    HttpServletRequest request;

    @POST
    public Response draft(JsonObject json, @Context UriInfo uri) {
        JsonBody body = JsonBody.of(json);
        DraftCoachingRecord command = new DraftCoachingRecord(body.string("employee"), body.day("heldAt"), body.string("topic"),
                body.string("expectation"), body.string("observations"), body.string("agreedActions"), body.date("followUpDate"),
                body.strings("lessonIds"), body.date("retainUntil"), body.string("assessmentId"));
        body.orRefuse();
        CoachingRecordView created = coaching.draft(command);
        Tagged answer = Tagged.of(providers, created, created.version());
        return Response.created(uri.getBaseUriBuilder().path("coaching-records/{id}").build(created.id())).tag(answer.tag())
                .entity(answer.json()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}")
    public Response find(@PathParam("id") String id) {
        CoachingRecordView record = coaching.find(id);
        return Tagged.of(providers, record, record.version()).read(conditions);
    }

    @PATCH
    @Path("{id}")
    public Response revise(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        ReviseCoachingRecord command = new ReviseCoachingRecord(id, expected(id, ifMatch), body.day("heldAt"), body.string("topic"),
                body.string("expectation"), body.string("observations"), body.string("agreedActions"), body.date("followUpDate"),
                body.strings("lessonIds"), body.date("retainUntil"));
        body.orRefuse();
        return withTag(coaching.revise(command));
    }

    @POST
    @Path("{id}/share")
    @Consumes(MediaType.WILDCARD)
    public Response share(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(coaching.share(new ChangeCoachingRecord(id, expected(id, ifMatch))));
    }

    @POST
    @Path("{id}/acknowledgement")
    public Response respond(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        RespondToCoachingRecord command = new RespondToCoachingRecord(id, body.string("decision"), body.string("comment"),
                expected(id, ifMatch));
        body.orRefuse();
        return withTag(coaching.respond(command));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.WILDCARD)
    public Response close(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(coaching.close(new ChangeCoachingRecord(id, expected(id, ifMatch))));
    }

    /** HR reads, places ({@code PUT}) and lifts ({@code DELETE}) a record's legal hold (docs/adr/0052); no body either way. */
    @GET
    @Path("{id}/legal-hold")
    public CoachingLegalHoldView legalHold(@PathParam("id") String id) {
        return holds.find(id);
    }

    @PUT
    @Path("{id}/legal-hold")
    @Consumes(MediaType.WILDCARD)
    public CoachingLegalHoldView placeLegalHold(@PathParam("id") String id) {
        return holds.place(id);
    }

    @DELETE
    @Path("{id}/legal-hold")
    @Consumes(MediaType.WILDCARD)
    public CoachingLegalHoldView liftLegalHold(@PathParam("id") String id) {
        return holds.lift(id);
    }

    @GET
    public PageView<CoachingRecordSummary> list(@QueryParam("employee") String employee, @QueryParam("team") String team,
                                                @QueryParam("coach") String coach, @QueryParam("from") String from,
                                                @QueryParam("to") String to, @QueryParam("status") String status,
                                                @QueryParam("page") String page, @QueryParam("size") String size) {
        CoachingFilter filter = new CoachingFilter(team, employee, coach, QueryParams.date("from", from), QueryParams.date("to", to), status);
        return coaching.list(filter, QueryParams.integer("page", page), QueryParams.integer("size", size));
    }

    /**
     * HR's export of the filtered records. The request is checked (and refused with a problem) before
     * the first byte; then the file streams, named after the day: {@code coaching-records-2026-11-23.csv},
     * its own words (title, headings) in the request's language.
     */
    @GET
    @Path("export")
    @Produces(MediaType.WILDCARD)
    public Response export(@QueryParam("format") String format, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("team") String team, @QueryParam("employee") String employee,
                           @QueryParam("status") String status) {
        CoachingFilter filter = new CoachingFilter(team, employee, null, QueryParams.date("from", from), QueryParams.date("to", to), status);
        ExportPlan plan = exports.plan(new ExportRequest(format, filter));
        Locale language = Words.of(request);
        ExportWords words = ExportWords.in(language, (code, args) -> Words.text(language, code, args));
        StreamingOutput body = out -> exports.write(plan, words, out);
        return Response.ok(body, plan.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + plan.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private Response withTag(CoachingRecordView record) {
        return Tagged.of(providers, record, record.version()).ok().build();
    }

    /** The record's version the caller expects (If-Match), its current one read only for a list of several. */
    private Long expected(String id, String ifMatch) {
        return ETags.expected(ifMatch, () -> coaching.find(id).version());
    }
}
