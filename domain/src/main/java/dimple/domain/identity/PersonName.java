package dimple.domain.identity;

import java.util.Objects;

/** How a person of the organisation is named: the username they sign in with and their display name. */
public record PersonName(String username, String displayName) {
    public PersonName {
        Objects.requireNonNull(username);
        displayName = displayName == null ? "" : displayName;
    }
}
