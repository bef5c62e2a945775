package dimple.web.learning;

import dimple.application.learning.InboxService;
import dimple.application.shared.PageView;
import dimple.web.shared.QueryParams;
import dimple.web.shared.Words;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/inbox}: the caller's notifications, newest first; {@code POST /api/inbox/read} marks them all read,
 * {@code POST /api/inbox/{id}/read} one of them.
 */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {
    @Inject
    InboxService inbox;

    @Context
    HttpServletRequest request;

    /** The texts in the request's language ({@code Accept-Language}, English without one). */
    @GET
    public PageView<ShownNotification> inbox(@QueryParam("page") String page, @QueryParam("size") String size) {
        return ShownNotification.of(inbox.inbox(QueryParams.integer("page", page), QueryParams.integer("size", size)), Words.of(request));
    }

    @POST
    @Path("read")
    @Consumes(MediaType.WILDCARD)
    public Response markAllRead() {
        inbox.markAllRead();
        return Response.noContent().build();
    }

    /** One of the caller's notifications, now read; somebody else's or an unknown id is 404. */
    @POST
    @Path("{id}/read")
    @Consumes(MediaType.WILDCARD)
    public ShownNotification markRead(@PathParam("id") String id) {
        return ShownNotification.of(inbox.open(id), Words.of(request));
    }
}
