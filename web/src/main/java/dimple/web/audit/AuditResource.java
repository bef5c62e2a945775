package dimple.web.audit;

import dimple.application.audit.AuditService;
import dimple.application.audit.AuditView;
import dimple.application.shared.PageView;
import dimple.web.shared.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/admin/audit?action=&actor=&from=&to=&page=&size=}: the audit trail, newest first. */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @Inject
    AuditService audit;

    @GET
    public PageView<AuditView> search(@QueryParam("action") String action, @QueryParam("actor") String actor,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        return audit.search(action, actor, QueryParams.instant("from", from), QueryParams.instant("to", to),
                QueryParams.integer("page", page), QueryParams.integer("size", size));
    }
}
