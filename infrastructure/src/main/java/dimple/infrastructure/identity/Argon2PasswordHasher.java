package dimple.infrastructure.identity;

import dimple.application.identity.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import org.apache.shiro.authc.credential.DefaultPasswordService;

/**
 * Argon2id through Shiro's password service (hashes in Shiro 2's crypt format, salt included).
 * Each hash needs 64 MiB, so no more hashes run at once than there are processors: a burst of sign-ins
 * queues instead of exhausting the heap.
 */
@ApplicationScoped
public class Argon2PasswordHasher implements PasswordHasher {
    private final DefaultPasswordService passwords = new DefaultPasswordService();
    private final Semaphore gate = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    @Override
    public String hash(String password) {
        return guarded(() -> passwords.encryptPassword(password));
    }

    @Override
    public boolean matches(String password, String hash) {
        return guarded(() -> passwords.passwordsMatch(password, hash));
    }

    private <T> T guarded(java.util.function.Supplier<T> work) {
        gate.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            gate.release();
        }
    }
}
