package dimple.web.retention;

import dimple.application.retention.RetentionPeriodsView;
import dimple.application.retention.RetentionPreview;
import dimple.application.retention.RetentionService;
import dimple.web.shared.JsonBody;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/admin/retention} (docs/adr/0052): how long each kind of record is kept, in months (null: for ever), and
 * {@code /preview}, what the next daily sweep deletes or anonymises, as counts only. Administrators
 * ({@code retention:define}).
 */
@Path("admin/retention")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionResource {
    @Inject
    RetentionService retention;

    @GET
    public RetentionPeriodsView periods() {
        return retention.periods();
    }

    /** {@code {reportsMonths, recoveryCasesMonths, coachingRecordsMonths, auditLogMonths}}: each 1–600 or null (kept for ever). */
    @PUT
    public RetentionPeriodsView change(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        RetentionPeriodsView wanted = new RetentionPeriodsView(body.integer("reportsMonths"), body.integer("recoveryCasesMonths"),
                body.integer("coachingRecordsMonths"), body.integer("auditLogMonths"));
        body.orRefuse();
        return retention.change(wanted);
    }

    @GET
    @Path("preview")
    public RetentionPreview preview() {
        return retention.preview();
    }
}
