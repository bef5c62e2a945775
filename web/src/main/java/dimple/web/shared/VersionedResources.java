package dimple.web.shared;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives Dimple's own resources ({@code resources/dimple/...}) a version in their URL, as PrimeFaces gives its own
 * ({@code v=15.0.13}): {@code v=} the first 12 hex digits of the SHA-256 of the file's content, computed once per file
 * while the application runs. A changed file gets a new URL, so every versioned resource may be cached for a year
 * ({@link SecurityHeadersFilter}, ADR 38).
 */
public class VersionedResources extends ResourceHandlerWrapper {
    private static final String OWN = "dimple/";
    private static final String FACES = "jakarta.faces";
    /** The application attribute holding the versions given to Faces' own resources, by name. */
    static final String FACES_VERSIONS = "dimple.facesResourceVersions";
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null) {
            return null;
        }
        if (FACES.equals(resource.getLibraryName())) {
            return versioned(resource, facesVersions());
        }
        if (resource.getLibraryName() != null || !resource.getResourceName().startsWith(OWN)) {
            return resource;
        }
        return versioned(resource, versions);
    }

    private static Resource versioned(Resource resource, Map<String, String> known) {
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + known.computeIfAbsent(getResourceName(), name -> hash(getWrapped()));
            }
        };
    }

    /**
     * The versions given to Faces' own scripts (library {@code jakarta.faces}: faces.js, which the report form loads
     * instead of PrimeFaces' scripts), kept in the application's attributes: they live in the Faces implementation's
     * jar, out of {@link ResourceVersions}'s reach, so it trusts a version only once this instance has given it out.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> facesVersions() {
        return (Map<String, String>) FacesContext.getCurrentInstance().getExternalContext().getApplicationMap()
                .computeIfAbsent(FACES_VERSIONS, key -> new ConcurrentHashMap<String, String>());
    }

    static String hash(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return hash(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first 12 hex digits of the SHA-256 of what the stream holds. */
    static String hash(InputStream in) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
