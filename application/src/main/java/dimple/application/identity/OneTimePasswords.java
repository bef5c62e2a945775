package dimple.application.identity;

import java.security.SecureRandom;

/**
 * One-time passwords for an administrator's reset: four groups of four characters from an alphabet
 * without look-alikes (no 0/o, 1/l/i), about 79 random bits, easy to read out over the phone.
 */
final class OneTimePasswords {
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String next() {
        StringBuilder out = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
