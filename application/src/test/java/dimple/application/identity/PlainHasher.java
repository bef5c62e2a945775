package dimple.application.identity;

/** A fast stand-in for Argon2 that counts how often it is asked, so tests can see which path a sign-in took. */
public class PlainHasher implements PasswordHasher {
    private int hashes;
    private int checks;
    private Runnable duringNextCheck;

    @Override
    public String hash(String password) {
        hashes++;
        return encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        checks++;
        Runnable meanwhile = duringNextCheck;
        duringNextCheck = null;
        if (meanwhile != null) {
            meanwhile.run();
        }
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

    /** Runs this while the next password is being checked, as requests sent at the same moment would. */
    public void duringNextCheck(Runnable meanwhile) {
        duringNextCheck = meanwhile;
    }

    public void resetCounts() {
        hashes = 0;
        checks = 0;
    }
}
