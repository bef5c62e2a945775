package dimple.web.bootstrap;

import dimple.application.bootstrap.BackupService;
import dimple.application.bootstrap.BackupView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/admin/backups} (administrators): the application writes an online backup of its H2
 * database into its backup folder and answers 201 with the file's name, size and time; 409 on PostgreSQL.
 * Nothing of the backup's content is ever sent: it stays on the server for the operator (docs/DEPLOYMENT.md).
 */
@Path("admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BackupResource {
    @Inject
    BackupService backups;

    @POST
    public Response take() {
        BackupView taken = backups.take();
        return Response.status(Response.Status.CREATED).entity(taken).build();
    }
}
