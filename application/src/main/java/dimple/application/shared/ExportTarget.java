package dimple.application.shared;

import java.io.IOException;
import java.io.OutputStream;

/** Where an export goes, opened only once the request has been checked: a page sets its download headers here. */
@FunctionalInterface
public interface ExportTarget {
    OutputStream open(String fileName, String mediaType) throws IOException;

    /** {@link #open}, a failure to open as an unchecked one (nothing was written yet). */
    default OutputStream opened(String fileName, String mediaType) {
        try {
            return open(fileName, mediaType);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
