package dimple.web.container;

import dimple.infrastructure.identity.Argon2PasswordHasher;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.crypto.support.hashes.argon2.Argon2HashProvider.Parameters;
import org.apache.shiro.lang.util.ByteSource;

/**
 * Only in the archive the container tests deploy ({@link SharedPayaraMicro} adds it; the built WAR and
 * {@code dimple.jar} never contain it): new passwords are hashed with Argon2id at 1 MiB and one lane instead of
 * Dimple's 64 MiB and four, about a hundredth of the work. The container tests create some two hundred accounts
 * and sign in and fail to sign in hundreds of times; at a third of a second of CPU each that was minutes of the
 * build. Checking a password is still the product's own code, which reads the cost from the stored hash, so every
 * sign-in path, count and wait is the one production runs. The packaged jar's tests (RunnableJarIT, ClusterIT)
 * hash at full cost, and {@code Argon2PasswordHasherTest} pins that cost (docs/adr/0012, amendment 2026-12-08).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class LightArgon2ForTests extends Argon2PasswordHasher {
    /**
     * A password containing these words is hashed at the product's cost: for tests whose point depends on how long a
     * check takes (guesses sent at once, ConcurrentRequestsIT).
     */
    public static final String AT_FULL_COST = "at full cost";
    static final int MEMORY_KIB = 1024;
    static final int LANES = 1;

    private final DefaultPasswordService light = new DefaultPasswordService() {
        @Override
        protected HashRequest createHashRequest(ByteSource plaintext) {
            return new HashRequest.Builder().setSource(plaintext).setAlgorithmName(Parameters.DEFAULT_ALGORITHM_NAME)
                    .addParameter(Parameters.PARAMETER_MEMORY_KIB, String.valueOf(MEMORY_KIB))
                    .addParameter(Parameters.PARAMETER_PARALLELISM, String.valueOf(LANES))
                    .build();
        }
    };

    @Override
    public String hash(String password) {
        return password.contains(AT_FULL_COST) ? super.hash(password) : light.encryptPassword(password);
    }
}
