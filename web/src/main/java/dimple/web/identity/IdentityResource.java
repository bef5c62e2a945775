package dimple.web.identity;

import dimple.application.identity.AccountService;
import dimple.application.identity.AccountView;
import dimple.application.identity.ChangeOwnPassword;
import dimple.application.identity.CreateAccount;
import dimple.application.identity.CreateTeam;
import dimple.application.identity.MeView;
import dimple.application.identity.OrganisationSettingsService;
import dimple.application.identity.OrganisationSettingsView;
import dimple.application.identity.RenameTeam;
import dimple.application.identity.ResetPassword;
import dimple.application.identity.SessionService;
import dimple.application.identity.SessionView;
import dimple.application.identity.SignInDelayView;
import dimple.application.identity.TeamService;
import dimple.application.identity.TeamView;
import dimple.application.identity.UpdateAccount;
import dimple.application.shared.PageView;
import dimple.web.shared.JsonBody;
import dimple.web.shared.QueryParams;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The identity API: {@code /api/me} and the administration of accounts and teams. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentityResource {
    /** Looked up once: {@code Json.create...} scans the class path for it on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    AccountService accounts;

    @Inject
    TeamService teams;

    @Inject
    SessionService sessions;

    @Inject
    OrganisationSettingsService settings;

    @GET
    @Path("me")
    public MeView me() {
        return accounts.me();
    }

    @POST
    @Path("me/password")
    public Response changeOwnPassword(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        ChangeOwnPassword command = new ChangeOwnPassword(body.string("currentPassword"), body.string("newPassword"));
        body.orRefuse();
        accounts.changeOwnPassword(command);
        return Response.noContent().build();
    }

    @GET
    @Path("admin/users")
    public PageView<AccountView> users(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        return accounts.list(q, QueryParams.integer("page", page), QueryParams.integer("size", size));
    }

    @GET
    @Path("admin/users/{username}")
    public AccountView user(@PathParam("username") String username) {
        return accounts.find(username);
    }

    @POST
    @Path("admin/users")
    public Response createUser(JsonObject json, @jakarta.ws.rs.core.Context UriInfo uri) {
        JsonBody body = JsonBody.of(json);
        CreateAccount command = new CreateAccount(body.string("username"), body.string("displayName"), body.string("password"),
                body.strings("roles"), body.strings("teams"), body.strings("leads"));
        body.orRefuse();
        AccountView created = accounts.create(command);
        return Response.created(uri.getBaseUriBuilder().path("admin/users/{u}").build(created.username())).entity(created).build();
    }

    @PATCH
    @Path("admin/users/{username}")
    public AccountView updateUser(@PathParam("username") String username, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        UpdateAccount command = new UpdateAccount(username, body.string("displayName"), body.strings("roles"), body.strings("teams"), body.strings("leads"));
        body.orRefuse();
        return accounts.update(command);
    }

    @POST
    @Path("admin/users/{username}/disable")
    public AccountView disable(@PathParam("username") String username) {
        return accounts.disable(username);
    }

    @POST
    @Path("admin/users/{username}/enable")
    public AccountView enable(@PathParam("username") String username) {
        return accounts.enable(username);
    }

    /**
     * Resets a person's password: answers the one-time password (shown only in this answer) that opens
     * nothing but the password change, and signs the person out everywhere.
     */
    @POST
    @Path("admin/users/{username}/password")
    public ResetPassword resetPassword(@PathParam("username") String username) {
        return accounts.resetPassword(username);
    }

    /** Signs a person out everywhere (every page session ends). */
    @DELETE
    @Path("admin/users/{username}/sessions")
    public JsonObject endSessions(@PathParam("username") String username) {
        return JSON.createObjectBuilder().add("ended", sessions.endAllOf(username)).build();
    }

    /** The sign-in waits in force now (per username and address, and per address). */
    @GET
    @Path("admin/sign-in-delays")
    public List<SignInDelayView> signInDelays() {
        return accounts.signInDelays();
    }

    @DELETE
    @Path("admin/sign-in-delays/{id}")
    public Response clearSignInDelay(@PathParam("id") String id) {
        accounts.clearSignInDelay(id);
        return Response.noContent().build();
    }

    /** Where the caller is signed in to the pages. An API call has no session of its own. */
    @GET
    @Path("me/sessions")
    public List<SessionView> mySessions() {
        return sessions.mine();
    }

    @DELETE
    @Path("me/sessions/{id}")
    public Response endMySession(@PathParam("id") String id) {
        sessions.endMine(id);
        return Response.noContent().build();
    }

    /** Signs the caller's page sessions out everywhere. */
    @DELETE
    @Path("me/sessions")
    public JsonObject endMySessions() {
        return JSON.createObjectBuilder().add("ended", sessions.endMyOthers()).build();
    }

    @GET
    @Path("admin/teams")
    public List<TeamView> teams() {
        return teams.list();
    }

    @POST
    @Path("admin/teams")
    public Response createTeam(JsonObject json, @jakarta.ws.rs.core.Context UriInfo uri) {
        JsonBody body = JsonBody.of(json);
        CreateTeam command = new CreateTeam(body.string("name"));
        body.orRefuse();
        TeamView created = teams.create(command);
        return Response.created(uri.getBaseUriBuilder().path("admin/teams/{id}").build(created.id())).entity(created).build();
    }

    @PATCH
    @Path("admin/teams/{id}")
    public TeamView renameTeam(@PathParam("id") String id, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        RenameTeam command = new RenameTeam(id, body.string("name"));
        body.orRefuse();
        return teams.rename(command);
    }

    /** The organisation's settings (administrators). */
    @GET
    @Path("admin/settings")
    public OrganisationSettingsView settings() {
        return settings.current();
    }

    /** Changes the settings named in the body; one left out stays as it is. */
    @PATCH
    @Path("admin/settings")
    public OrganisationSettingsView changeSettings(JsonObject json) {
        JsonBody body = JsonBody.of(json);
        Boolean secondLeader = body.bool("secondLeaderApprovesReviews");
        body.orRefuse();
        OrganisationSettingsView now = settings.current();
        return settings.change(new OrganisationSettingsView(secondLeader == null ? now.secondLeaderApprovesReviews() : secondLeader));
    }
}
