package dimple.application.identity;

/** A person changes their own password, proving they know the current one. */
public record ChangeOwnPassword(String currentPassword, String newPassword) {
    @Override
    public String toString() {
        return "ChangeOwnPassword[***]";
    }
}
