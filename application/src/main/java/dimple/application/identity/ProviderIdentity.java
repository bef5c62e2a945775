package dimple.application.identity;

import java.util.Set;

/**
 * Who the OpenID provider says signed in, taken from an ID token that has passed every check (signature,
 * issuer, audience, expiry, nonce: infrastructure does that with the Nimbus SDK, docs/adr/0032).
 * {@code issuer} and {@code subject} name the person at the provider; the other fields are the claims the
 * settings name and may be null (no claim); {@code emailVerified} is the provider's {@code email_verified} claim
 * (false when it sends none). {@code toString} names no one: log lines and exceptions must not
 * carry the provider's personal data.
 */
public record ProviderIdentity(String issuer, String subject, String username, String displayName, String email, boolean emailVerified,
                               Set<String> groups) {
    public ProviderIdentity {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    @Override
    public String toString() {
        return "ProviderIdentity[" + groups.size() + " groups]";
    }
}
