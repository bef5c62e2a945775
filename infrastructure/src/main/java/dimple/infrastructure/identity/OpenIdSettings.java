package dimple.infrastructure.identity;

import dimple.application.identity.GroupMapping;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The single sign-on settings (docs/adr/0032), from the environment ({@code DIMPLE_OIDC_ISSUER} and so on)
 * or the same names as system properties ({@code dimple.oidc.issuer}). Without an issuer single sign-on is off
 * and nothing of it runs.
 */
public record OpenIdSettings(String issuer, String clientId, String clientSecret, String scopes, String usernameClaim,
                             String nameClaim, String emailClaim, String groupsClaim, GroupMapping mapping) {
    public static final String ISSUER = "dimple.oidc.issuer";

    /** The settings in force, or empty when no issuer is set. */
    public static Optional<OpenIdSettings> current() {
        Config config = ConfigProvider.getConfig();
        Optional<String> issuer = value(config, ISSUER);
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OpenIdSettings(issuer.get(),
                value(config, "dimple.oidc.client.id").orElseThrow(() -> new IllegalStateException("DIMPLE_OIDC_CLIENT_ID is not set")),
                value(config, "dimple.oidc.client.secret").orElse(null),
                value(config, "dimple.oidc.scopes").orElse("openid profile email"),
                value(config, "dimple.oidc.username.claim").orElse("preferred_username"),
                value(config, "dimple.oidc.name.claim").orElse("name"),
                value(config, "dimple.oidc.email.claim").orElse("email"),
                value(config, "dimple.oidc.groups.claim").orElse("groups"),
                GroupMapping.parse(value(config, "dimple.oidc.role.leader").orElse(null), value(config, "dimple.oidc.role.hr").orElse(null),
                        value(config, "dimple.oidc.role.admin").orElse(null))));
    }

    public static boolean configured() {
        return value(ConfigProvider.getConfig(), ISSUER).isPresent();
    }

    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    @Override
    public String toString() {
        return "OpenIdSettings[issuer=" + issuer + ", client=" + clientId + ", secret=" + (clientSecret == null ? "none" : "set") + "]";
    }
}
