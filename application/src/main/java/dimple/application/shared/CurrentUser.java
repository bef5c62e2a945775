package dimple.application.shared;

import java.util.Optional;

/** Port: who is making this request and what they are permitted to do. Implemented over Shiro in infrastructure. */
public interface CurrentUser {
    /** The signed-in person's username, or empty for an anonymous request. */
    Optional<String> username();

    boolean isPermitted(String permission);

    /** The signed-in person's username; refuses an anonymous request. */
    default String require() {
        return username().orElseThrow(NotSignedIn::new);
    }

    /** The network address the request came from (through trusted proxies), for sign-in delays; never shown to others. */
    default String clientAddress() {
        return "unknown";
    }

    /** The secret of the page session this request belongs to; empty for an API call or outside requests. */
    default Optional<String> sessionSecret() {
        return Optional.empty();
    }
}
