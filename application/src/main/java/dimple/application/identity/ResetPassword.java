package dimple.application.identity;

/**
 * What an administrator's password reset hands out: a one-time password, shown once, that opens only
 * the page where its holder chooses a new password.
 */
public record ResetPassword(String username, String oneTimePassword) {
    @Override
    public String toString() {
        return "ResetPassword[username=" + username + "]";
    }
}
