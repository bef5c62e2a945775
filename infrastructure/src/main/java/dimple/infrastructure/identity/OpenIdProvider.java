package dimple.infrastructure.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dimple.application.identity.ProviderIdentity;
import dimple.infrastructure.identity.ProviderFailure.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organisation's OpenID provider, through the Nimbus OAuth 2.0 SDK (docs/adr/0032): found by its discovery
 * document at the first sign-in (not at start, so a provider that is down never stops Dimple from starting),
 * asked for an authorization code with PKCE (S256), and its ID token checked by the SDK: signature against the
 * provider's published keys (asymmetric algorithms only, never {@code none}), issuer, audience (the client id),
 * expiry and issue time (one minute of clock skew), nonce. Nothing here checks a token by hand.
 */
@ApplicationScoped
public class OpenIdProvider {
    static final int TIMEOUT_MILLIS = 5_000;
    /** The discovery document is read again after this long, so that a provider's new endpoints are picked up. */
    static final Duration METADATA_LIFETIME = Duration.ofHours(1);
    private static final Set<JWSAlgorithm> SIGNATURES = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512,
            JWSAlgorithm.EdDSA);

    private record Known(OpenIdSettings settings, OIDCProviderMetadata metadata, IDTokenValidator validator, Instant until) {
    }

    /** A checked sign-in: who it is, and the ID token to name at sign-out. */
    public record Verified(ProviderIdentity identity, String idToken) {
        @Override
        public String toString() {
            return "Verified[]";
        }
    }

    private volatile Known known;

    public boolean configured() {
        return OpenIdSettings.configured();
    }

    /** Where to send the browser to sign in. */
    public URI authorization(URI redirect, State state, Nonce nonce, CodeVerifier verifier) throws ProviderFailure {
        Known provider = provider();
        return new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(provider.settings().scopes()),
                new ClientID(provider.settings().clientId()), redirect)
                .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI();
    }

    /** Exchanges the code for tokens and checks the ID token. */
    public Verified finish(AuthorizationCode code, URI redirect, CodeVerifier verifier, Nonce nonce) throws ProviderFailure {
        Known provider = provider();
        OpenIdSettings settings = provider.settings();
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, redirect, verifier);
        URI endpoint = provider.metadata().getTokenEndpointURI();
        TokenRequest request = settings.clientSecret() == null
                ? new TokenRequest(endpoint, new ClientID(settings.clientId()), grant)
                : new TokenRequest(endpoint, new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())), grant);
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw new ProviderFailure(Reason.UNAVAILABLE, "the provider's token endpoint did not answer (" + e.getClass().getSimpleName() + ")");
        } catch (ParseException e) {
            throw new ProviderFailure(Reason.INVALID, "the provider's token answer could not be read");
        }
        if (!response.indicatesSuccess()) {
            // The error code is the protocol's (invalid_grant, ...), never personal data.
            throw new ProviderFailure(Reason.UNAVAILABLE, "the provider refused the code: " + response.toErrorResponse().getErrorObject().getCode());
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new ProviderFailure(Reason.INVALID, "the provider's answer holds no ID token");
        }
        IDTokenClaimsSet claims;
        try {
            claims = provider.validator().validate(idToken, nonce);
        } catch (BadJOSEException e) {
            throw new ProviderFailure(Reason.INVALID, "the ID token failed a check: " + generalPart(e.getMessage()));
        } catch (JOSEException e) {
            throw new ProviderFailure(Reason.INVALID, "the ID token could not be checked (" + e.getClass().getSimpleName() + ")");
        }
        return new Verified(identity(claims, settings), idToken.serialize());
    }

    /**
     * Where to send the browser after Dimple's sign-out, to end the provider's session too (RP-initiated logout),
     * when the provider names an end-session endpoint; the provider sends it back to {@code afterwards}.
     */
    public Optional<URI> logout(String idToken, URI afterwards) {
        try {
            Known provider = provider();
            URI endpoint = provider.metadata().getEndSessionEndpointURI();
            if (endpoint == null) {
                return Optional.empty();
            }
            JWT hint = idToken == null ? null : JWTParser.parse(idToken);
            return Optional.of(new LogoutRequest(endpoint, hint, null, new ClientID(provider.settings().clientId()), afterwards, null, null).toURI());
        } catch (ProviderFailure | java.text.ParseException e) {
            return Optional.empty();
        }
    }

    /** Whether this address is the provider's end-session endpoint (with any query), the only place sign-out sends a browser. */
    public boolean isEndSession(String address) {
        try {
            URI endpoint = provider().metadata().getEndSessionEndpointURI();
            if (endpoint == null) {
                return false;
            }
            String base = endpoint.toString();
            return address.equals(base) || address.startsWith(base + (base.contains("?") ? "&" : "?"));
        } catch (ProviderFailure e) {
            return false;
        }
    }

    private static ProviderIdentity identity(IDTokenClaimsSet claims, OpenIdSettings settings) {
        return new ProviderIdentity(claims.getIssuer().getValue(), claims.getSubject().getValue(),
                text(claims.getClaim(settings.usernameClaim())), text(claims.getClaim(settings.nameClaim())),
                text(claims.getClaim(settings.emailClaim())), verified(claims.getClaim("email_verified")),
                groups(claims.getClaim(settings.groupsClaim())));
    }

    /** {@code email_verified}: a boolean, or the text "true" as some providers send it; absent: not verified. */
    static boolean verified(Object claim) {
        return Boolean.TRUE.equals(claim) || (claim instanceof String s && "true".equalsIgnoreCase(s.strip()));
    }

    private static String text(Object claim) {
        return claim instanceof String s ? s : null;
    }

    /** A list of names (Keycloak, Okta, Entra), or one name. Keycloak's full paths ("/Front Desk") count by their last part. */
    private static Set<String> groups(Object claim) {
        Collection<?> values = claim instanceof Collection<?> c ? c : claim instanceof String s ? List.of(s) : List.of();
        Set<String> groups = new HashSet<>();
        for (Object value : values) {
            if (value instanceof String name && !name.isBlank()) {
                groups.add(name.startsWith("/") ? name.substring(name.lastIndexOf('/') + 1) : name);
            }
        }
        return groups;
    }

    /** The SDK's words before any value it quotes ("Unexpected JWT audience: [...]" gives "Unexpected JWT audience"). */
    static String generalPart(String message) {
        if (message == null) {
            return "unknown";
        }
        int colon = message.indexOf(':');
        return colon < 0 ? message : message.substring(0, colon);
    }

    private Known provider() throws ProviderFailure {
        Known current = known;
        Instant now = Instant.now();
        if (current != null && now.isBefore(current.until())) {
            return current;
        }
        OpenIdSettings settings = OpenIdSettings.current().orElseThrow(() -> new ProviderFailure(Reason.UNAVAILABLE, "single sign-on is not set up"));
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, 512 * 1024)).build();
            Set<JWSAlgorithm> offered = metadata.getIDTokenJWSAlgs() == null ? Set.of(JWSAlgorithm.RS256)
                    : metadata.getIDTokenJWSAlgs().stream().filter(SIGNATURES::contains).collect(Collectors.toSet());
            if (offered.isEmpty()) {
                throw new ProviderFailure(Reason.UNAVAILABLE, "the provider signs ID tokens with no algorithm Dimple accepts");
            }
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()),
                    new JWSVerificationKeySelector<>(offered, keys), null);
            Known fresh = new Known(settings, metadata, validator, now.plus(METADATA_LIFETIME));
            known = fresh;
            return fresh;
        } catch (GeneralException | IOException e) {
            if (current != null) {
                // The provider's discovery document is not there just now: the one read earlier still serves.
                return current;
            }
            throw new ProviderFailure(Reason.UNAVAILABLE, "the provider's discovery document could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
