package dimple.web.shared;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a resource URL's {@code v=} names the version this instance serves, the only case in which the answer
 * may be cached for a year. During a rolling upgrade a page from the new version can send its browser to an
 * instance still running the old one; that instance must not let the old file be kept for a year under the new
 * file's URL (ADR 38). Dimple's own files ({@code dimple/...}, no library) are versioned by their content hash
 * ({@link VersionedResources}), Faces' own scripts by the content hash this instance gave them; every other resource
 * carries PrimeFaces' version.
 */
final class ResourceVersions {
    static final String PREFIX = "/jakarta.faces.resource/";
    private static final String MAPPING = ".xhtml";
    private static final String PRIMEFACES = primeFacesVersion();

    private final ServletContext context;
    private final Map<String, Optional<String>> own = new ConcurrentHashMap<>();

    ResourceVersions(ServletContext context) {
        this.context = context;
    }

    /** {@code path} below the context, starting with {@link #PREFIX}; {@code query} as sent (may be null). */
    boolean current(String path, String query) {
        String version = parameter(query, "v");
        if (version == null) {
            return false;
        }
        String name = path.substring(PREFIX.length());
        name = name.endsWith(MAPPING) ? name.substring(0, name.length() - MAPPING.length()) : name;
        String library = parameter(query, "ln");
        if (library == null && name.startsWith("dimple/") && !name.contains("..")) {
            return own.computeIfAbsent(name, this::hashOf).map(version::equals).orElse(false);
        }
        if ("jakarta.faces".equals(library)) {
            return context.getAttribute(VersionedResources.FACES_VERSIONS) instanceof Map<?, ?> given && version.equals(given.get(name));
        }
        return version.equals(PRIMEFACES);
    }

    private Optional<String> hashOf(String name) {
        try (InputStream in = context.getResourceAsStream("/resources/" + name)) {
            return in == null ? Optional.empty() : Optional.of(VersionedResources.hash(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From PrimeFaces' manifest, or from the Maven properties in its jar when a class loader hides the manifest. */
    private static String primeFacesVersion() {
        String version = org.primefaces.PrimeFaces.class.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        try (InputStream in = org.primefaces.PrimeFaces.class.getResourceAsStream("/META-INF/maven/org.primefaces/primefaces/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String parameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }
}
