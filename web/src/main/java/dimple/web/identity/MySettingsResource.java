package dimple.web.identity;

import dimple.application.identity.ChangePersonalSettings;
import dimple.application.identity.PersonalSettingsService;
import dimple.application.identity.PersonalSettingsView;
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
 * {@code GET/PUT /api/me/settings}: one's own language and time zone for pages (ADR 45). The API itself keeps
 * answering in ISO-8601 UTC, and in the language of the call's {@code Accept-Language}.
 */
@Path("me/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MySettingsResource {
    @Inject
    PersonalSettingsService settings;

    /** {@code {language, timeZone, organisationTimeZone, languages[]}}; null language: the browser's, null zone: the organisation's. */
    @GET
    public PersonalSettingsView mine() {
        return settings.mine();
    }

    /** {@code {language?, timeZone?}}: an absent field stays as it is; {@code ""} goes back to the default. */
    @PUT
    public PersonalSettingsView changeMine(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        String language = body.string("language");
        String timeZone = body.string("timeZone");
        body.orRefuse();
        return settings.changeMine(new ChangePersonalSettings(language, timeZone));
    }
}
