package dimple.infrastructure.shared.mail;

import dimple.application.shared.MailKind;
import dimple.application.shared.MailPreferences.Unsubscribe;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Unsubscribe tokens: {@code base64url(accountId|KIND,KIND|expiry epoch seconds) . base64url(HMAC-SHA256)},
 * signed with the key {@code mail-unsubscribe} of table {@code signing_key} (random per database, made by
 * the migration, never in the code). A token lasts {@link #LIFETIME}; it can only turn mail off.
 */
final class UnsubscribeTokens {
    static final Duration LIFETIME = Duration.ofDays(60);
    static final String KEY = "mail-unsubscribe";
    static final String EXPIRED = "mail.unsubscribe.expired";
    static final String INVALID = "mail.unsubscribe.invalid";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    UnsubscribeTokens(byte[] key) {
        this.key = key.clone();
    }

    static UnsubscribeTokens of(EntityManager em) {
        String secret = (String) em.createNativeQuery("select secret from signing_key where name = ?").setParameter(1, KEY).getSingleResult();
        return new UnsubscribeTokens(HexFormat.of().parseHex(secret.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    String issue(String accountId, List<MailKind> kinds, Instant now) {
        String payload = accountId + "|" + String.join(",", kinds.stream().map(Enum::name).toList()) + "|" + now.plus(LIFETIME).getEpochSecond();
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
    }

    Unsubscribe read(String token, Instant now) {
        Unsubscribe invalid = new Unsubscribe(null, List.of(), INVALID);
        if (token == null || token.length() > 600) {
            return invalid;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return invalid;
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return invalid;
        }
        // Only the canonical encoding: a token whose last character's unused bits differ is another token.
        if (!B64.encodeToString(signature).equals(token.substring(dot + 1)) || !B64.encodeToString(payload).equals(token.substring(0, dot))) {
            return invalid;
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            return invalid;
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
        if (parts.length != 3) {
            return invalid;
        }
        List<MailKind> kinds = new ArrayList<>();
        try {
            for (String kind : parts[1].split(",")) {
                kinds.add(MailKind.valueOf(kind));
            }
            if (Instant.ofEpochSecond(Long.parseLong(parts[2])).isBefore(now)) {
                return new Unsubscribe(null, List.of(), EXPIRED);
            }
        } catch (IllegalArgumentException e) {
            return invalid;
        }
        return new Unsubscribe(parts[0], kinds, null);
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
