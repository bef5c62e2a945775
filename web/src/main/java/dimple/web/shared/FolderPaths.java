package dimple.web.shared;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

/**
 * A folder of the application asked for without its trailing slash ({@code /admin}, {@code /primefaces}) is a
 * 404 page. Left to the container it would be a 301 to the folder with a slash, made before any filter runs,
 * absolute and with the Host header's value in it. A servlet mapped exactly to every folder's path keeps the
 * container from treating the request as a folder; folders hold no page of their own, so nothing is lost.
 */
@WebListener
public class FolderPaths implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        Set<String> folders = folders(context);
        if (folders.isEmpty()) {
            return;
        }
        ServletRegistration.Dynamic servlet = context.addServlet("FolderWithoutSlash", NotAPage.class);
        servlet.addMapping(folders.toArray(String[]::new));
    }

    /** Every folder of the web application and of its libraries' META-INF/resources, without the trailing slash. */
    static Set<String> folders(ServletContext context) {
        Set<String> folders = new TreeSet<>();
        Deque<String> open = new ArrayDeque<>();
        open.push("/");
        while (!open.isEmpty()) {
            Set<String> children = context.getResourcePaths(open.pop());
            if (children == null) {
                continue;
            }
            for (String child : children) {
                if (child.endsWith("/") && child.length() > 1 && folders.add(child.substring(0, child.length() - 1))) {
                    open.push(child);
                }
            }
        }
        return folders;
    }

    /** Answers every request with the 404 page. */
    public static class NotAPage extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
