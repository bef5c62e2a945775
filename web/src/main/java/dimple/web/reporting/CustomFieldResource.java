package dimple.web.reporting;

import dimple.application.reporting.CustomFieldService;
import dimple.application.reporting.CustomFieldView;
import dimple.application.reporting.DefineCustomField;
import dimple.web.shared.JsonBody;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code /api/custom-fields} (docs/adr/0046): a team's custom fields, for administrators and the team's leaders; the
 * same use cases as the page {@code /report/fields.xhtml}. A report names its answers by the fields' {@code key}.
 */
@Path("custom-fields")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomFieldResource {
    @Inject
    CustomFieldService fields;

    /** {@code ?team=NAME}: the team's fields in order, removed ones last. */
    @GET
    public List<CustomFieldView> list(@QueryParam("team") String team) {
        return fields.ofTeam(team);
    }

    /** {@code {team, label, type, required?, helpText?, choices[]?}} → 201 with the field, added after the team's others. */
    @POST
    public Response define(JsonObject json, @Context UriInfo uri) {
        JsonBody body = JsonBody.of(json);
        DefineCustomField command = new DefineCustomField(body.string("team"), body.string("label"), body.string("type"), body.bool("required"),
                body.string("helpText"), body.strings("choices"));
        body.orRefuse();
        CustomFieldView field = fields.define(command);
        return Response.created(uri.getBaseUriBuilder().path("custom-fields/{id}").build(field.id())).entity(field).build();
    }

    /** Removes the field from the form; reports keep their answers to it. → the field, {@code removed: true}. */
    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public CustomFieldView remove(@PathParam("id") String id) {
        return fields.remove(id);
    }
}
