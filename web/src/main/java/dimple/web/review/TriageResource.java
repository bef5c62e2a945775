package dimple.web.review;

import dimple.application.reporting.TriageOutcome;
import dimple.application.reporting.ReportingService;
import dimple.application.reporting.TriageReport;
import dimple.application.reporting.TriageService;
import dimple.web.shared.ETags;
import dimple.web.shared.JsonBody;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/reports/{id}/triage}: a leader of the report's team decides NOTED, REVIEW or
 * DUPLICATE → {@code {status, reviewId?}}. If-Match (the report's ETag) is optional.
 */
@Path("reports/{id}/triage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TriageResource {
    @Inject
    TriageService triage;

    @Inject
    ReportingService reporting;

    @POST
    public TriageOutcome triage(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        TriageReport command = new TriageReport(id, body.string("decision"), body.string("note"), body.string("duplicateOf"),
                body.string("reviewId"),
                ETags.expected(ifMatch, () -> reporting.find(id).version()));
        body.orRefuse();
        return triage.triage(command);
    }
}
