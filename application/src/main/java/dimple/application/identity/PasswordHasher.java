package dimple.application.identity;

/** Port: one-way password hashing (Argon2id in infrastructure). */
public interface PasswordHasher {
    String hash(String password);

    boolean matches(String password, String hash);
}
