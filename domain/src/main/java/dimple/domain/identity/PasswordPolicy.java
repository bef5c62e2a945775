package dimple.domain.identity;

import dimple.domain.shared.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Password rules in the spirit of NIST SP 800-63B: long enough, not too long to hash, no composition
 * rules, and never a password that attackers try first. The list of refused passwords lives in
 * {@code common-passwords.txt} beside this class, one a line, and is easy to extend.
 *
 * <p>Words from the context are refused too (SP 800-63B 3.1.1.2: "context-specific words"): the name
 * of the product, the username and every word of three letters or more of the person's display name.
 * They are looked for case-insensitively in the password with everything but letters and digits left
 * out, so "Dimple 2026!", "d i m p l e" and "EMMA-employee" are all caught.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** The product's name: the first word anyone guessing a password here tries. */
    public static final String PRODUCT = "dimple";
    /** Words of the display name shorter than this are too common to refuse ("Jo", "Li"). */
    public static final int MIN_NAME_WORD = 3;
    private static final Set<String> COMMON = loadCommon();

    private PasswordPolicy() {
    }

    /**
     * What is wrong with this password for this person, as message codes; empty when it is acceptable.
     *
     * @param username the person's username, or null when there is none yet
     * @param displayName the person's name as others see it, or null
     */
    public static List<Message> problems(String password, String username, String displayName) {
        List<Message> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(Message.of("password.empty"));
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(Message.of("password.tooShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            problems.add(Message.of("password.tooLong", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || isOneRepeatedCharacter(password)) {
            problems.add(Message.of("password.common"));
            return problems;
        }
        String letters = lettersAndDigits(password);
        if (letters.contains(PRODUCT)) {
            problems.add(Message.of("password.product", PRODUCT));
        }
        String user = username == null ? "" : lettersAndDigits(username);
        boolean usernameInside = !user.isEmpty() && letters.contains(user);
        if (usernameInside) {
            problems.add(Message.of("password.username"));
        }
        nameWordIn(letters, displayName, usernameInside ? user : null).ifPresent(word ->
                problems.add(Message.of("password.name", word)));
        return problems;
    }

    /**
     * The first word of the display name (three letters or more) that the password contains, as the
     * name spells it; a word already reported as part of the username is not reported again.
     */
    private static Optional<String> nameWordIn(String letters, String displayName, String usernameFound) {
        if (displayName == null) {
            return Optional.empty();
        }
        return Arrays.stream(displayName.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.codePoints().filter(Character::isLetter).count() >= MIN_NAME_WORD)
                .filter(word -> letters.contains(lettersAndDigits(word)))
                .filter(word -> usernameFound == null || !usernameFound.contains(lettersAndDigits(word)))
                .findFirst();
    }

    /** Lower case, compatibility-normalised (full-width letters become plain ones), letters and digits only. */
    private static String lettersAndDigits(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(normal.length());
        normal.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isOneRepeatedCharacter(String password) {
        return password.codePoints().distinct().count() == 1;
    }

    private static Set<String> loadCommon() {
        Set<String> common = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the domain module");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip().toLowerCase(Locale.ROOT);
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    common.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }
}
