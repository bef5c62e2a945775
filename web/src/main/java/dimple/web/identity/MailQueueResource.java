package dimple.web.identity;

import dimple.application.identity.ChangeMailSettings;
import dimple.application.identity.MailService;
import dimple.application.identity.MailSettingsView;
import dimple.application.shared.MailPreferences;
import dimple.web.shared.JsonBody;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/admin/mail}: whether mail is on, and how the queue is doing: counts and kinds of error, never contents (docs/adr/0030). */
@Path("admin/mail")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailQueueResource {
    @Inject
    MailService mail;

    @GET
    public MailPreferences.Health queue() {
        return mail.queue();
    }
}
