package dimple.application.identity;

/** Port: starts and ends the signed-in page session of the current request (Shiro in infrastructure). */
public interface Authenticator {
    /**
     * Signs the current page request in and starts its session (a new session id, and the secret
     * cookie that the session needs from then on).
     */
    SignInOutcome signIn(String username, String password);

    /**
     * Ends the current page session, wherever it is kept, and audits the sign-out.
     *
     * @return where the browser goes next when the person signed in through the OpenID provider and its session
     * ends there too (a path of this application that sends it on to the provider); empty: the sign-in page
     */
    java.util.Optional<String> signOut();
}
