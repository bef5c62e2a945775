package dimple.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the request metrics which API route a request matched, as its template ({@code /api/reports/{id}}, never
 * the path with the id in it), in the request attribute {@value #ATTRIBUTE} (read by the infrastructure's request
 * metrics filter, docs/adr/0036). The template is read from the {@code @Path} annotations of the matched resource
 * class and method, once per method.
 */
@Provider
public class RouteTemplates implements ContainerRequestFilter {
    /** The request attribute the request metrics filter reads. */
    public static final String ATTRIBUTE = "dimple.route";
    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null && request != null) {
            request.setAttribute(ATTRIBUTE, TEMPLATES.computeIfAbsent(method, m -> template(resource.getResourceClass(), m)));
        }
    }

    /** Each {@code {name: pattern}} (whose pattern may hold braces of its own) as {@code {name}}. */
    private static String withoutPatterns(CharSequence template) {
        StringBuilder plain = new StringBuilder(template.length());
        int depth = 0;
        StringBuilder name = new StringBuilder();
        boolean naming = false;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (depth == 0) {
                if (c == '{') {
                    depth = 1;
                    naming = true;
                    name.setLength(0);
                } else {
                    plain.append(c);
                }
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    plain.append('{').append(name.toString().strip()).append('}');
                }
            } else if (naming && c == ':') {
                naming = false;
            } else if (naming) {
                name.append(c);
            }
        }
        return plain.toString();
    }

    /** {@code /api} + the class's path + the method's path, parameters without their patterns, slashes single. */
    static String template(Class<?> type, Method method) {
        StringBuilder template = new StringBuilder("/").append(ApiApplication.class.getAnnotation(ApplicationPath.class).value());
        Path onType = method.getDeclaringClass().getAnnotation(Path.class);
        if (onType == null && type != null) {
            onType = type.getAnnotation(Path.class);
        }
        if (onType != null) {
            template.append('/').append(onType.value());
        }
        Path onMethod = method.getAnnotation(Path.class);
        if (onMethod != null) {
            template.append('/').append(onMethod.value());
        }
        String joined = withoutPatterns(template).replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
