package dimple.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;

/**
 * The writer beneath PrimeFaces' (ADR 38, amendment "deferred scripts"). PrimeFaces loads its scripts with {@code defer}
 * ({@code primefaces.MOVE_SCRIPTS_TO_BOTTOM=defer}) and starts its widgets when the document has been read
 * ({@code DOMContentLoaded}); but in CSP mode it writes the event handlers it took out of {@code on*} attributes as
 * {@code PrimeFaces.csp.register(...)} calls in a script of their own after that, which would run while the page is
 * still read, before the deferred {@code core.js} has defined {@code PrimeFaces}. This writer makes that script wait
 * for the same event; listeners run in the order they were added, so the handlers still come after the widgets, as
 * before. Every other text passes unchanged.
 */
public class DeferredHandlersWriter extends ResponseWriterWrapper {
    static final String REGISTRATION = "PrimeFaces.csp.register(";

    private boolean inScript;

    public DeferredHandlersWriter(ResponseWriter wrapped) {
        super(wrapped);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        inScript = "script".equalsIgnoreCase(name);
        getWrapped().startElement(name, component);
    }

    @Override
    public void endElement(String name) throws IOException {
        inScript = false;
        getWrapped().endElement(name);
    }

    @Override
    public void writeText(Object text, String property) throws IOException {
        getWrapped().writeText(deferred(text), property);
    }

    @Override
    public void writeText(Object text, UIComponent component, String property) throws IOException {
        getWrapped().writeText(deferred(text), component, property);
    }

    private Object deferred(Object text) {
        if (inScript && text instanceof String script && script.startsWith(REGISTRATION)) {
            return "document.addEventListener('DOMContentLoaded',function(){" + script + "});";
        }
        return text;
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new DeferredHandlersWriter(getWrapped().cloneWithWriter(writer));
    }
}
