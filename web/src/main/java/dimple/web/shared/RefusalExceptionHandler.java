package dimple.web.shared;

import dimple.application.shared.FieldProblem;
import dimple.application.shared.Refusal;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * The one place where a refused use case becomes something a person sees on a page, in words from the
 * message bundles ({@link Words}): invalid input
 * as messages beside the fields they concern, a refused rule or a stale edit as a message on the
 * same page, a hidden or missing record as the 404 page, a refused permission as the 403 page.
 * A form whose view cannot be restored (it expired, or its {@code jakarta.faces.ViewState} was made up)
 * goes to the "page expired" page. Anything unexpected goes on to the generic error page, which shows
 * no technical detail.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {
    /** Request attribute: set on a stale save, the address that shows the current version. */
    public static final String STALE_RELOAD = "dimple.staleReload";

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext queued = events.next().getContext();
            Throwable thrown = queued.getException();
            if (isUnrestorableView(context, queued) && showExpired(context)) {
                events.remove();
                continue;
            }
            Optional<Refusal> refusal = Refusal.of(thrown);
            if (refusal.isPresent() && show(context, refusal.get())) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    /**
     * An expired view, or any failure to restore the view of a form post: Mojarra answers a made-up view
     * state with ViewExpiredException, FacesException or even ArrayIndexOutOfBoundsException.
     */
    private static boolean isUnrestorableView(FacesContext context, ExceptionQueuedEventContext queued) {
        for (Throwable t = queued.getException(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return queued.getPhaseId() == PhaseId.RESTORE_VIEW
                && context.getExternalContext().getRequestParameterMap().containsKey(ResponseStateManager.VIEW_STATE_PARAM);
    }

    private static boolean showExpired(FacesContext context) {
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + "/error/expired.html");
            context.responseComplete();
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    private static boolean show(FacesContext context, Refusal refusal) {
        try {
            switch (refusal.kind()) {
                case NOT_FOUND -> {
                    context.getExternalContext().responseSendError(404, Words.render(refusal.message(), Words.current()));
                    context.responseComplete();
                }
                case NOT_ALLOWED -> {
                    RefusalAudit.record((HttpServletRequest) context.getExternalContext().getRequest());
                    context.getExternalContext().responseSendError(403, Words.render(refusal.message(), Words.current()));
                    context.responseComplete();
                }
                case NOT_SIGNED_IN -> {
                    context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + "/login.xhtml");
                    context.responseComplete();
                }
                default -> {
                    if (context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
                        return false;
                    }
                    addMessages(context, refusal);
                    if (refusal.kind() == Refusal.Kind.STALE) {
                        context.getAttributes().put(STALE_RELOAD, currentVersionUrl(context));
                    }
                    context.validationFailed();
                    context.renderResponse();
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | FacesException e) {
            return false;
        }
    }

    /**
     * The address of the page as it was opened (with its view parameters), to load the current version of the record
     * after a stale save; the layout hands it to forms.js, which keeps the person's own text beside it.
     */
    private static String currentVersionUrl(FacesContext context) {
        String viewId = context.getViewRoot().getViewId();
        try {
            return context.getApplication().getViewHandler().getBookmarkableURL(context, viewId, java.util.Map.of(), true);
        } catch (RuntimeException e) {
            return context.getExternalContext().getRequestContextPath() + viewId;
        }
    }

    private static void addMessages(FacesContext context, Refusal refusal) {
        if (refusal.problems().isEmpty()) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Words.render(refusal.message(), Words.current()), null));
            return;
        }
        for (FieldProblem problem : refusal.problems()) {
            UIComponent input = find(context.getViewRoot(), problem.field());
            if (input == null) {
                // A field named with dots ("customFields.which-shift") has an id with underscores on the page.
                input = find(context.getViewRoot(), problem.field().replaceAll("[^A-Za-z0-9_-]", "_"));
            }
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, Words.render(problem.message(), Words.current()), null);
            if (input == null) {
                context.addMessage(null, message);
            } else {
                if (input instanceof UIInput field) {
                    field.setValid(false);
                }
                context.addMessage(input.getClientId(context), message);
            }
        }
    }

    /** The input whose id is the field's name, anywhere in the view that is shown. */
    private static UIComponent find(UIComponent root, String id) {
        if (root == null || !root.isRendered()) {
            return null;
        }
        if (id.equals(root.getId()) && root instanceof UIInput) {
            return root;
        }
        Iterator<UIComponent> children = root.getFacetsAndChildren();
        while (children.hasNext()) {
            UIComponent found = find(children.next(), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
