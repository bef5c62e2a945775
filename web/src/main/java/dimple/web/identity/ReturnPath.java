package dimple.web.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the sign-in page may send a person afterwards: back to the page of this application they were
 * on when their session ended (ADR 23), never to another site. Only a path within the application to
 * a page ({@code /report/new.xhtml?id=…}), without "..", a second leading slash, a scheme or a fragment.
 */
final class ReturnPath {
    private static final Pattern PAGE = Pattern.compile("/[A-Za-z0-9_\\-/]*[A-Za-z0-9_\\-]\\.xhtml(\\?[A-Za-z0-9_.~%=&+\\-]*)?");
    private static final int LONGEST = 500;

    private ReturnPath() {
    }

    /** The path, if it is safe to send a person to after signing in. */
    static Optional<String> of(String path) {
        if (path == null || path.length() > LONGEST || path.contains("//") || path.contains("..") || !PAGE.matcher(path).matches()
                || path.startsWith("/login.xhtml")) {
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
