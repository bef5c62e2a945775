package dimple.domain.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Password rules in the spirit of NIST SP 800-63B: long enough, not too long to hash, no composition
 * rules, and never a password that attackers try first. The list of refused passwords lives in
 * {@code common-passwords.txt} beside this class, one a line, and is easy to extend.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = loadCommon();

    private PasswordPolicy() {
    }

    /** What is wrong with this password for this person, in plain words; empty when it is acceptable. */
    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("Enter a password.");
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("Use at least " + MIN_LENGTH + " characters; a few unrelated words make a good password.");
        }
        if (length > MAX_LENGTH) {
            problems.add("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || isOneRepeatedCharacter(password)) {
            problems.add("This password is among the first ones attackers try; choose another.");
        } else if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("Do not put your username in your password.");
        }
        return problems;
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
