package dimple.web.identity;

import dimple.application.identity.Unsubscribed;
import dimple.application.identity.Unsubscribing;
import dimple.web.shared.Words;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The unsubscribe link of every mail ({@code /unsubscribe?t=…}, docs/adr/0030), reachable without signing
 * in and without a session (a plain servlet, no Faces view). GET shows what the link turns off and a
 * button, so a mail scanner that follows links changes nothing; POST turns it off (also RFC 8058's
 * one-click POST from a mail program). An expired or forged token gets a page that says so (400), with
 * nothing changed.
 */
@WebServlet("/unsubscribe")
public class UnsubscribePage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Locale LANGUAGE = Words.DEFAULT;

    @Inject
    transient Unsubscribing unsubscribing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("t");
        Unsubscribed verdict = unsubscribing.check(token);
        if (!verdict.done()) {
            refused(response, verdict);
            return;
        }
        try (PrintWriter out = page(response, 200)) {
            out.append("<p>").append(escape(Words.text(LANGUAGE, "mail.unsubscribe.confirm"))).append("</p>");
            kinds(out, verdict);
            out.append("<form method=\"post\" action=\"").append(escape(request.getContextPath() + "/unsubscribe")).append("\">")
                    .append("<input type=\"hidden\" name=\"t\" value=\"").append(escape(token)).append("\">")
                    .append("<button type=\"submit\">").append(escape(Words.text(LANGUAGE, "mail.unsubscribe.button"))).append("</button></form>");
            end(out);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Unsubscribed done = unsubscribing.unsubscribe(request.getParameter("t"));
        if (!done.done()) {
            refused(response, done);
            return;
        }
        try (PrintWriter out = page(response, 200)) {
            out.append("<p>").append(escape(Words.text(LANGUAGE, "mail.unsubscribe.done"))).append("</p>");
            kinds(out, done);
            out.append("<p>").append(escape(Words.text(LANGUAGE, "mail.unsubscribe.again"))).append("</p>");
            end(out);
        }
    }

    private static void refused(HttpServletResponse response, Unsubscribed verdict) throws IOException {
        try (PrintWriter out = page(response, 400)) {
            out.append("<p class=\"refused\">").append(escape(Words.text(LANGUAGE, verdict.refusal()))).append("</p>");
            end(out);
        }
    }

    private static void kinds(PrintWriter out, Unsubscribed verdict) {
        out.append("<ul>");
        verdict.kinds().forEach(kind -> out.append("<li>").append(escape(Words.text(LANGUAGE, "mail.kind." + kind))).append("</li>"));
        out.append("</ul>");
    }

    private static PrintWriter page(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        PrintWriter out = response.getWriter();
        String title = escape(Words.text(LANGUAGE, "mail.unsubscribe.title"));
        out.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
                .append(" \u2013 Dimple</title></head><body><h1>").append(title).append("</h1>");
        return out;
    }

    private static void end(PrintWriter out) {
        out.append("</body></html>");
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
