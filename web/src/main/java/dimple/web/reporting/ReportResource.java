package dimple.web.reporting;

import dimple.application.reporting.AnswerQuestion;
import dimple.application.reporting.AskQuestion;
import dimple.application.reporting.HintView;
import dimple.application.reporting.CategoryService;
import dimple.application.reporting.InboxFilter;
import dimple.application.reporting.QuestionView;
import dimple.application.reporting.ReportExport;
import dimple.application.reporting.ReportExportService;
import dimple.application.reporting.ReportSummary;
import dimple.application.reporting.ReportView;
import dimple.application.reporting.ReportingService;
import dimple.application.reporting.SubmitReport;
import dimple.application.reporting.WithdrawReport;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.PageView;
import dimple.web.shared.ETags;
import dimple.web.shared.JsonBody;
import dimple.web.shared.QueryParams;
import dimple.web.shared.ReaderSettings;
import dimple.web.shared.Words;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Providers;
import java.util.List;

/**
 * The reports API (API.md "Reports and service recovery"): file a report, read one, my reports, a
 * team inbox and its CSV export, withdraw, follow-up questions and answers, and wording hints while typing.
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {
    @Context
    Request request;

    @Context
    Providers providers;

    @Inject
    ReportingService reporting;

    @Inject
    ReportExportService exports;

    @Inject
    ReaderSettings reader;
    @Inject
    CategoryService categories;

    @Context
    HttpServletRequest servletRequest;

    @POST
    public Response submit(JsonObject json, @Context UriInfo uri) {
        JsonBody body = JsonBody.of(json);
        JsonBody bent = body.object("bentRule");
        List<JsonBody> customers = body.objects("affectedCustomers");
        SubmitReport command = new SubmitReport(body.string("title"), body.string("narrative"), body.instant("occurredAt"),
                body.string("team"), body.string("kind"), body.string("customerImpact"), body.string("reporterMode"),
                bent == null ? null : new SubmitReport.BentRuleInput(bent.string("rule"), bent.string("reason"), bent.string("valueCreated")),
                customers == null ? null : customers.stream().map(c -> new SubmitReport.AffectedCustomer(c.string("customerRef"),
                        c.bool("proactive"), c.string("note"), c.bool("thankBystanders"), c.instant("followUpDue"))).toList(),
                body.answers("customFields"));
        body.orRefuse();
        ReportView created = reporting.submit(command);
        Tagged answer = Tagged.of(providers, created, created.version());
        return Response.created(uri.getBaseUriBuilder().path("reports/{id}").build(created.id())).tag(answer.tag())
                .entity(answer.json()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}")
    public Response find(@PathParam("id") String id) {
        ReportView report = reporting.find(id);
        return Tagged.of(providers, report, report.version()).read(request);
    }

    /**
     * {@code ?mine=true} for the caller's own reports; otherwise the inbox of the teams the caller leads, where
     * {@code q} keeps the reports whose title or narrative contains every typed word, and {@code field} with {@code value}
     * (and {@code team}) those whose answer to that choice or yes/no custom field is the value.
     */
    @GET
    public PageView<ReportSummary> list(@QueryParam("mine") String mine, @QueryParam("team") String team, @QueryParam("status") String status,
                                        @QueryParam("kind") String kind, @QueryParam("customerImpact") String impact,
                                        @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String words,
                                        @QueryParam("field") String field, @QueryParam("value") String value,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        if (mine != null && !mine.isBlank() && !mine.equals("true") && !mine.equals("false")) {
            throw InvalidInput.of("mine", "api.field.boolean", "mine");
        }
        if ("true".equals(mine)) {
            return reporting.mine(QueryParams.integer("page", page), QueryParams.integer("size", size));
        }
        InboxFilter filter = new InboxFilter(team, status, kind, impact, QueryParams.date("from", from), QueryParams.date("to", to),
                words, field, value);
        return reporting.inbox(filter, QueryParams.integer("page", page), QueryParams.integer("size", size));
    }

    /**
     * The leaders' CSV export of the inbox this filter shows (the list's filters, no paging): refused with a problem before
     * the first byte, then streamed, named after the day ({@code reports-2026-12-07.csv}), its headings and labels in the
     * request's language, its times in the caller's time zone.
     */
    @GET
    @Path("export")
    @Produces(MediaType.WILDCARD)
    public Response export(@QueryParam("team") String team, @QueryParam("status") String status, @QueryParam("kind") String kind,
                           @QueryParam("customerImpact") String impact, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("q") String words, @QueryParam("field") String field, @QueryParam("value") String value) {
        InboxFilter filter = new InboxFilter(team, status, kind, impact, QueryParams.date("from", from), QueryParams.date("to", to), words,
                field, value);
        ReportExport plan = exports.plan(filter);
        ReportExportWording wording = new ReportExportWording(Words.of(servletRequest), reader.zone(), categories.definitions());
        StreamingOutput body = out -> exports.write(plan, wording, out);
        return Response.ok(body, plan.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + plan.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    public Response withdraw(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ReportView report = reporting.withdraw(new WithdrawReport(id, ETags.expected(ifMatch, () -> reporting.find(id).version())));
        return Tagged.of(providers, report, report.version()).ok().build();
    }

    @POST
    @Path("{id}/questions")
    public QuestionView ask(@PathParam("id") String id, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        AskQuestion command = new AskQuestion(id, body.string("text"));
        body.orRefuse();
        return reporting.ask(command);
    }

    @POST
    @Path("{id}/questions/{qid}/answer")
    public QuestionView answer(@PathParam("id") String id, @PathParam("qid") String questionId, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        AnswerQuestion command = new AnswerQuestion(id, questionId, body.string("text"));
        body.orRefuse();
        return reporting.answer(command);
    }

    /**
     * {@code {receiptCode}} → an anonymous report as its reporter sees it. The code travels in the body, never in the
     * address (addresses land in proxies' logs); any code that opens nothing is the same 404 (docs/adr/0050).
     */
    @POST
    @Path("by-receipt")
    public Response byReceipt(JsonObject json) {
        return notStored(reporting.byReceipt(receiptCode(json)));
    }

    /** {@code {receiptCode, text}} → the question, answered by the holder of an anonymous report's receipt code. */
    @POST
    @Path("by-receipt/questions/{qid}/answer")
    public QuestionView answerByReceipt(@PathParam("qid") String questionId, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        String code = body.string("receiptCode");
        String text = body.string("text");
        body.orRefuse();
        return reporting.answerByReceipt(code, questionId, text);
    }

    /** {@code {receiptCode}} → the anonymous report, withdrawn by the holder of its receipt code before triage. */
    @POST
    @Path("by-receipt/withdraw")
    public Response withdrawByReceipt(JsonObject json) {
        return notStored(reporting.withdrawByReceipt(receiptCode(json)));
    }

    private static String receiptCode(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        String code = body.string("receiptCode");
        body.orRefuse();
        return code;
    }

    /** An anonymous report as its reporter sees it: no cache keeps it. */
    private static Response notStored(ReportView report) {
        return Response.ok(report).header("Cache-Control", "no-store").build();
    }

    /** {@code {narrative}} → the blaming or hindsight phrases in it, each {@code {phrase, suggestion}}. */
    @POST
    @Path("hints")
    public List<HintView> hints(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        String narrative = body.string("narrative");
        body.orRefuse();
        return reporting.hints(narrative);
    }
}
