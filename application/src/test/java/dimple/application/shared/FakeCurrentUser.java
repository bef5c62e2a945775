package dimple.application.shared;

import java.util.Optional;
import java.util.Set;

/** Whoever the test says is signed in, with exactly the permissions the test gives them. */
public class FakeCurrentUser implements CurrentUser {
    private String username;
    private Set<String> permissions = Set.of();
    private String sessionSecret;
    private String address = "192.0.2.10";

    public static FakeCurrentUser anonymous() {
        return new FakeCurrentUser();
    }

    public FakeCurrentUser signedInAs(String name, String... granted) {
        this.username = name;
        this.permissions = Set.of(granted);
        return this;
    }

    public FakeCurrentUser signOut() {
        this.username = null;
        this.sessionSecret = null;
        this.permissions = Set.of();
        return this;
    }

    /** The page session this request belongs to, as the session guard would have found it. */
    public FakeCurrentUser inSession(String secret) {
        this.sessionSecret = secret;
        return this;
    }

    public FakeCurrentUser from(String clientAddress) {
        this.address = clientAddress;
        return this;
    }

    @Override
    public String clientAddress() {
        return address;
    }

    @Override
    public Optional<String> sessionSecret() {
        return Optional.ofNullable(sessionSecret);
    }

    @Override
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    @Override
    public boolean isPermitted(String permission) {
        return username != null && permissions.contains(permission);
    }
}
