package dimple.application.identity;

/** An administrator sets a new password for someone who lost theirs. */
public record ResetPassword(String username, String newPassword) {
    @Override
    public String toString() {
        return "ResetPassword[username=" + username + "]";
    }
}
