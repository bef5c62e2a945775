package dimple.application.shared;

import java.util.Optional;
import java.util.Set;

/** Whoever the test says is signed in, with exactly the permissions the test gives them. */
public class FakeCurrentUser implements CurrentUser {
    private String username;
    private Set<String> permissions = Set.of();

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
        this.permissions = Set.of();
        return this;
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
