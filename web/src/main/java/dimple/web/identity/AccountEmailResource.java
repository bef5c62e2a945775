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

/** {@code GET/PUT /api/admin/users/{username}/email}: administrators set where mail reaches an account (docs/adr/0030). */
@Path("admin/users/{username}/email")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountEmailResource {
    @Inject
    MailService mail;

    @GET
    public Map<String, String> email(@PathParam("username") String username) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("email", mail.emailOf(username));
        return answer;
    }

    /** {@code {email}}: blank or null removes the address. */
    @PUT
    public Map<String, String> changeEmail(@PathParam("username") String username, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        String email = body.string("email");
        body.orRefuse();
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("email", mail.changeEmail(username, email));
        return answer;
    }
}
