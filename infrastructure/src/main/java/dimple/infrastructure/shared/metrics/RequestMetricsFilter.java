package dimple.infrastructure.shared.metrics;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Times every request from its arrival to its answer (first in the filter chain, so sign-in checks and refusals
 * count too) under its route ({@link Routes}): the API's template from the request attribute {@value #ROUTE},
 * which the API sets once it matched a resource method, else a page or endpoint the WAR has, else a fold. A
 * request that ends in an exception counts as a 5xx.
 */
public class RequestMetricsFilter implements Filter {
    /** The request attribute with the API's route template ({@code dimple.web.shared.RouteTemplates} sets it). */
    public static final String ROUTE = "dimple.route";

    private Routes routes;
    private RequestMeters meters;

    @Override
    public void init(FilterConfig config) {
        routes = new Routes(knownPaths(config.getServletContext()));
        meters = new RequestMeters(Meters.registry());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : answer.getStatus();
            meters.record(routes.of(http.getServletPath(), http.getAttribute(ROUTE)), http.getMethod(), status, System.nanoTime() - start);
        }
    }

    /** The WAR's pages ({@code *.xhtml} outside WEB-INF and the resource folders) and its servlets' exact paths. */
    static Set<String> knownPaths(ServletContext context) {
        Set<String> known = new HashSet<>();
        for (ServletRegistration servlet : context.getServletRegistrations().values()) {
            for (String mapping : servlet.getMappings()) {
                if (mapping.startsWith("/") && !mapping.contains("*") && mapping.length() > 1) {
                    known.add(mapping);
                }
            }
        }
        Deque<String> folders = new ArrayDeque<>();
        folders.add("/");
        while (!folders.isEmpty()) {
            Set<String> paths = context.getResourcePaths(folders.pop());
            if (paths == null) {
                continue;
            }
            for (String path : paths) {
                if (path.endsWith("/")) {
                    if (!path.startsWith("/WEB-INF/") && !path.startsWith("/META-INF/") && !path.startsWith("/resources/")) {
                        folders.add(path);
                    }
                } else if (path.endsWith(".xhtml")) {
                    known.add(path);
                }
            }
        }
        return known;
    }
}
