package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/**
 * PrimeFaces' CSP event handlers wait for its deferred scripts (ADR 38): the registrations it writes as a script of
 * their own run at DOMContentLoaded; other scripts and text outside scripts pass unchanged.
 */
class DeferredHandlersWriterTest {

    @Test
    void theHandlersScript_waitsForTheDocument_otherTextPassesAsItIs() throws IOException {
        Recording out = new Recording();
        DeferredHandlersWriter writer = new DeferredHandlersWriter(out);
        writer.startElement("p", null);
        writer.writeText("PrimeFaces.csp.register( is only words here", null);
        writer.endElement("p");
        writer.startElement("script", null);
        writer.writeText("var pf=window.PrimeFaces;", null);
        writer.endElement("script");
        writer.startElement("script", null);
        writer.writeAttribute("nonce", "n0", null);
        writer.writeText("PrimeFaces.csp.register('f:title','onkeyup',function(event){PrimeFaces.ab({s:\"f:title\"});});", null);
        writer.endElement("script");

        assertThat(out.text.toString()).isEqualTo("<p>PrimeFaces.csp.register( is only words here</p>"
                + "<script>var pf=window.PrimeFaces;</script>"
                + "<script nonce=\"n0\">document.addEventListener('DOMContentLoaded',function(){"
                + "PrimeFaces.csp.register('f:title','onkeyup',function(event){PrimeFaces.ab({s:\"f:title\"});});});</script>");
    }

    /** Writes elements and text as they come, without escaping: enough to see what reaches the page. */
    private static final class Recording extends ResponseWriter {
        final StringBuilder text = new StringBuilder();
        private boolean open;

        private void closeStart() {
            if (open) {
                text.append('>');
                open = false;
            }
        }

        @Override public String getContentType() { return "text/html"; }
        @Override public String getCharacterEncoding() { return "UTF-8"; }
        @Override public void flush() { }
        @Override public void startDocument() { }
        @Override public void endDocument() { }
        @Override public void startElement(String name, UIComponent component) { closeStart(); text.append('<').append(name); open = true; }
        @Override public void endElement(String name) { closeStart(); text.append("</").append(name).append('>'); }
        @Override public void writeAttribute(String name, Object value, String property) { text.append(' ').append(name).append("=\"").append(value).append('"'); }
        @Override public void writeURIAttribute(String name, Object value, String property) { writeAttribute(name, value, property); }
        @Override public void writeComment(Object comment) { closeStart(); text.append("<!--").append(comment).append("-->"); }
        @Override public void writeText(Object value, String property) { closeStart(); text.append(value); }
        @Override public void writeText(char[] chars, int off, int len) { closeStart(); text.append(chars, off, len); }
        @Override public ResponseWriter cloneWithWriter(Writer writer) { return new Recording(); }
        @Override public void close() { }
        @Override public void write(char[] chars, int off, int len) { closeStart(); text.append(chars, off, len); }
    }
}
