package dimple.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every render kit's response writer a {@link DeferredHandlersWriter} beneath PrimeFaces' own writers (ADR 38,
 * amendment "deferred scripts"), so that the event handlers PrimeFaces registers in CSP mode wait for its deferred
 * scripts like its widgets do (see faces-config.xml).
 */
public class DeferredHandlersRenderKitFactory extends RenderKitFactory {
    private final Map<RenderKit, RenderKit> kits = new ConcurrentHashMap<>();

    public DeferredHandlersRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : kits.computeIfAbsent(kit, DeferredHandlersKit::new);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class DeferredHandlersKit extends RenderKitWrapper {
        DeferredHandlersKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            return new DeferredHandlersWriter(getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding));
        }
    }
}
