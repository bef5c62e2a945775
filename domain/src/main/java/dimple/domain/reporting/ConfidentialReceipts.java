package dimple.domain.reporting;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Receipts of confidential reports: {@code C-<year>-XXXX-XXXX}, eight random characters from Crockford's
 * base-32 alphabet (no I, L, O, U), 40 random bits. Unlike named reports' numbers they do not count, so
 * a confidential report filed right after the same person's named one cannot be told by its receipt.
 */
public final class ConfidentialReceipts {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConfidentialReceipts() {
    }

    public static String next(Instant submittedAt) {
        StringBuilder code = new StringBuilder("C-").append(submittedAt.atOffset(ZoneOffset.UTC).getYear()).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static boolean isConfidentialReceipt(String receipt) {
        return receipt != null && receipt.matches("C-\\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    }
}
