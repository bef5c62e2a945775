package dimple.infrastructure.shared.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The operator's credential for {@code /metrics}: a bearer token set in {@code DIMPLE_METRICS_TOKEN} (docs/adr/0036).
 * Not a Dimple account: a scrape every few seconds must not hash a password (Argon2id costs 64 MiB and a fifth of a
 * second here), and the token grants nothing but the metrics. A token shorter than {@value #SHORTEST} characters is
 * refused, and then, as when none is set, {@code /metrics} does not exist. The comparison takes the same time
 * whatever the offered token is: both sides are hashed first and the digests compared in constant time.
 */
public final class OperatorToken {
    static final int SHORTEST = 32;
    private static final String BEARER = "Bearer ";

    private final byte[] digest;

    private OperatorToken(String token) {
        this.digest = sha256(token);
    }

    /** The configured token, if one is set and long enough. */
    public static Optional<OperatorToken> of(String configured) {
        if (configured == null || configured.strip().length() < SHORTEST) {
            return Optional.empty();
        }
        return Optional.of(new OperatorToken(configured.strip()));
    }

    /** Whether an {@code Authorization} header carries this token as {@code Bearer <token>}. */
    public boolean admits(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(BEARER.length()).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    @Override
    public String toString() {
        return "OperatorToken[set]";
    }
}
