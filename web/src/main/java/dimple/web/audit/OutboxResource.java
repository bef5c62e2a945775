package dimple.web.audit;

import dimple.application.audit.OutboxService;
import dimple.application.shared.OutboxHealth;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/admin/outbox}: how many outbox messages wait and fail, per handler and event, their
 * ages and the latest failures' kinds of error; never what a message carries (docs/adr/0017).
 */
@Path("admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {
    @Inject
    OutboxService outbox;

    @GET
    public OutboxHealth health() {
        return outbox.health();
    }
}
