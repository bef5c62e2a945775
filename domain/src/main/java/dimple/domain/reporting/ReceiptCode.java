package dimple.domain.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The secret an anonymous reporter keeps to come back to their report: 28 random characters from Crockford's
 * base-32 alphabet (140 random bits), shown in groups of four for reading aloud ({@code K7QF-M2XD-…}). Only its
 * {@link #hash()} is stored, never the code; the reporter sees the code once, after filing. Typing is forgiving
 * as Crockford's alphabet intends: case, spaces and dashes do not matter, O reads as 0, I and L as 1.
 *
 * <p>The hash is SHA-256 without salt: it is the key the report is found by, and with 140 random bits no
 * dictionary or table can invert it (docs/adr/0050-anonymous-reports-and-receipt-codes.md).
 */
public final class ReceiptCode {
    public static final int LENGTH = 28;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String characters;

    private ReceiptCode(String characters) {
        this.characters = characters;
    }

    /** A fresh code, to be shown to the reporter once. */
    public static ReceiptCode issue() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new ReceiptCode(code.toString());
    }

    /** The code as typed, or empty when it cannot be a receipt code (wrong length or characters). */
    public static Optional<ReceiptCode> typed(String text) {
        if (text == null || text.length() > 4 * LENGTH) {
            return Optional.empty();
        }
        StringBuilder clean = new StringBuilder(LENGTH);
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            clean.append(read);
        }
        return clean.length() == LENGTH ? Optional.of(new ReceiptCode(clean.toString())) : Optional.empty();
    }

    /** What is stored: the SHA-256 of the code's characters, in hexadecimal (64 characters). */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("dimple-receipt:" + characters).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Does this code open a report that stored this hash? Compared in constant time. */
    public boolean opens(String storedHash) {
        return storedHash != null
                && MessageDigest.isEqual(hash().getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** The code in groups of four, for the reporter to write down: {@code K7QF-M2XD-…}. */
    public String grouped() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < characters.length(); i += 4) {
            if (i > 0) {
                out.append('-');
            }
            out.append(characters, i, Math.min(i + 4, characters.length()));
        }
        return out.toString();
    }

    /** Never the code: a code is not to land in a log line by accident. */
    @Override
    public String toString() {
        return "ReceiptCode[hidden]";
    }
}
