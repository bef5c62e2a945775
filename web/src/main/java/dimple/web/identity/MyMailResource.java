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

/** {@code GET/PUT /api/me/mail}: one's own mail address and choices per kind (docs/adr/0030). */
@Path("me/mail")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyMailResource {
    @Inject
    MailService mail;

    /** One's own settings: {@code {email, choices: {KIND: AT_ONCE|DIGEST|OFF}, mailOn}}. */
    @GET
    public MailSettingsView mine() {
        return mail.mine();
    }

    /** {@code {email?, choices?}}: an absent field stays as it is; {@code "email": ""} removes the address. */
    @PUT
    public MailSettingsView changeMine(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        String email = body.string("email");
        body.orRefuse();
        Map<String, String> choices = null;
        JsonValue given = json == null ? null : json.get("choices");
        if (given instanceof JsonObject object) {
            choices = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                choices.put(entry.getKey(), entry.getValue() instanceof JsonString s ? s.getString() : entry.getValue().toString());
            }
        }
        return mail.changeMine(new ChangeMailSettings(email, choices));
    }
}
