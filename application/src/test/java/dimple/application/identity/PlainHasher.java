package dimple.application.identity;

/** A fast stand-in for Argon2 that counts how often it is asked, so tests can see which path a sign-in took. */
public class PlainHasher implements PasswordHasher {
    private int hashes;
    private int checks;

    @Override
    public String hash(String password) {
        hashes++;
        return encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        checks++;
        return encode(password).equals(hash);
    }

    /** What {@link #hash} returns for this password, without counting it. */
    public static String encode(String password) {
        return "hash:" + new StringBuilder(password).reverse();
    }

    /** How many passwords were checked against a hash: the slow step every sign-in attempt must take once. */
    public int checks() {
        return checks;
    }

    public int hashes() {
        return hashes;
    }

    public void resetCounts() {
        hashes = 0;
        checks = 0;
    }
}
