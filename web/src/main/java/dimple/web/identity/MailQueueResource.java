package dimple.web.identity;

import dimple.application.identity.MailService;
import dimple.application.shared.MailPreferences;
import dimple.application.shared.PageView;
import dimple.web.shared.QueryParams;
import dimple.web.shared.Words;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/admin/mail}: whether mail is on (and if not, why: in words and as a stable code), and how
 * the queue is doing: counts and kinds of error, never contents (docs/adr/0030). {@code failures[]} holds the 20
 * latest; {@code GET /api/admin/mail/failures} pages through all of them.
 */
@Path("admin/mail")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailQueueResource {
    @Inject
    MailService mail;
    @Context
    HttpServletRequest request;

    /**
     * The queue's state as the API tells it.
     *
     * @param offBecause why mail is off, a sentence in the caller's language ({@code Accept-Language}); null when on
     * @param offCode    the same reason as a stable code ({@code mail.off.noHost}, {@code mail.off.noFrom},
     *                   {@code mail.off.noLinkAddress}); null when on
     */
    public record MailQueue(boolean on, String offBecause, String offCode, long waiting, long failing, long sentLastDay, long dropped,
                            List<MailPreferences.Kind> kinds, List<MailPreferences.Failure> failures) {
    }

    @GET
    public MailQueue queue() {
        return told(mail.queue(), Words.of(request));
    }

    /** {@code GET /api/admin/mail/failures?page=&size=}: every message that failed at least once, latest failure first. */
    @GET
    @Path("failures")
    public PageView<MailPreferences.Failure> failures(@QueryParam("page") String page, @QueryParam("size") String size) {
        return mail.failures(QueryParams.integer("page", page), QueryParams.integer("size", size));
    }

    static MailQueue told(MailPreferences.Health health, Locale locale) {
        String code = health.offBecause();
        return new MailQueue(health.on(), code == null ? null : Words.text(locale, code), code, health.waiting(), health.failing(),
                health.sentLastDay(), health.dropped(), health.kinds(), health.failures());
    }
}
