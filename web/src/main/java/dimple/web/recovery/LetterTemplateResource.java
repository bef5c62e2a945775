package dimple.web.recovery;

import dimple.application.recovery.DescribeLetterTemplate;
import dimple.application.recovery.LetterTemplateService;
import dimple.application.recovery.LetterTemplateView;
import dimple.web.shared.JsonBody;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code /api/admin/letter-templates} (docs/adr/0049): the letter templates a recovery case's apology or follow-up is
 * drafted from, for administrators ({@code letter:define}).
 */
@Path("admin/letter-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LetterTemplateResource {
    @Inject
    LetterTemplateService templates;

    /** Every template, the ones in use first. */
    @GET
    public List<LetterTemplateView> list() {
        return templates.all();
    }

    /** {@code {name, language, subject, body}} → 201 with the template. */
    @POST
    public Response define(JsonObject json, @Context UriInfo uri) {
        LetterTemplateView template = templates.define(command(null, json));
        return Response.created(uri.getBaseUriBuilder().path("admin/letter-templates/{id}").build(template.id())).entity(template).build();
    }

    /** {@code {name, language, subject, body}} → the template with its new words. */
    @PUT
    @Path("{id}")
    public LetterTemplateView revise(@PathParam("id") String id, JsonObject json) {
        return templates.revise(command(id, json));
    }

    /** Retires the template: no longer offered for new letters. → the template, {@code retired: true}. */
    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public LetterTemplateView retire(@PathParam("id") String id) {
        return templates.retire(id);
    }

    private static DescribeLetterTemplate command(String id, JsonObject json) {
        JsonBody body = JsonBody.of(json);
        DescribeLetterTemplate command = new DescribeLetterTemplate(id, body.string("name"), body.string("language"), body.string("subject"),
                body.string("body"));
        body.orRefuse();
        return command;
    }
}
