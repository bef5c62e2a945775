package dimple.web.shared;

import dimple.application.shared.FieldProblem;
import dimple.application.shared.Refusal;
import dimple.domain.shared.Message;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 9457 problem details, the one error format of the API. {@code detail} and each error's
 * {@code message} are in the request's language; {@code code} names them, the same in every language.
 */
public final class Problems {
    /** Looked up once: {@code Json.create...} scans the class path for it on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    private Problems() {
    }

    public static JsonObject body(int status, String title, Message detail, List<FieldProblem> errors, Locale locale) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", Words.render(detail, locale))
                .add("code", detail.code());
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            errors.forEach(e -> list.add(JSON.createObjectBuilder().add("field", e.field()).add("message", Words.render(e.message(), locale))
                    .add("code", e.message().code())));
            body.add("errors", list);
        }
        return body.build();
    }

    /** A refusal with members beside its errors (RFC 9457 extensions), such as the {@code findings} of a refused publishing. */
    public static Response withExtensions(int status, String title, Refusal refusal, Map<String, List<Map<String, Object>>> extensions,
                                          Locale locale) {
        JsonObjectBuilder body = JSON.createObjectBuilder(body(status, title, refusal.message(), refusal.problems(), locale));
        extensions.forEach((name, records) -> {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            for (Map<String, Object> record : records) {
                JsonObjectBuilder one = JSON.createObjectBuilder();
                record.forEach((key, value) -> {
                    if (value instanceof Boolean b) {
                        one.add(key, b);
                    } else if (value instanceof Number n) {
                        one.add(key, n.longValue());
                    } else {
                        one.add(key, String.valueOf(value));
                    }
                });
                list.add(one);
            }
            body.add(name, list);
        });
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }

    public static Response response(int status, String title, Message detail, List<FieldProblem> errors, Locale locale) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(status, title, detail, errors, locale).toString()).build();
    }

    /** Writes a problem straight to a servlet response (for filters that answer before JAX-RS), in the request's language. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title, Message detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body(status, title, detail, List.of(), Words.of(request)).toString());
    }
}
