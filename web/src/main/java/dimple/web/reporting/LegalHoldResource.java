package dimple.web.reporting;

import dimple.application.reporting.LegalHoldService;
import dimple.application.reporting.LegalHoldView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/reports/{id}/legal-hold} (docs/adr/0052): whoever sees the report reads its hold; a leader of its team
 * places it ({@code PUT}) or lifts it ({@code DELETE}), and the retention sweep leaves the report and its recovery cases
 * alone while it is on. No body either way.
 */
@Path("reports/{id}/legal-hold")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class LegalHoldResource {
    @Inject
    LegalHoldService holds;

    @GET
    public LegalHoldView find(@PathParam("id") String id) {
        return holds.find(id);
    }

    @PUT
    public LegalHoldView place(@PathParam("id") String id) {
        return holds.place(id);
    }

    @DELETE
    public LegalHoldView lift(@PathParam("id") String id) {
        return holds.lift(id);
    }
}
