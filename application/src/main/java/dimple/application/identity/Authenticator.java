package dimple.application.identity;

/** Port: starts and ends the signed-in session of the current request (Shiro in infrastructure). */
public interface Authenticator {
    /** Signs the current request in; false when the username and password are not accepted, for whatever reason. */
    boolean signIn(String username, String password);

    void signOut();
}
