package dimple.application.bootstrap;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.PasswordHasher;
import dimple.application.shared.PublishesEvents;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.PasswordPolicy;
import dimple.domain.identity.Role;
import dimple.domain.shared.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Prepares an empty database: with demo data requested it seeds the demo organisation (whose
 * accounts, the administrator included, share the documented demo password); otherwise it opens the
 * first administrator account with the configured password, or a generated one that is returned so
 * it can be printed once. What the demo's lessons tell their reporters leaves the outbox as soon as the
 * seeding commits.
 */
@ApplicationScoped
@Transactional
@PublishesEvents
public class FirstRun {
    public static final String FIRST_ADMIN = "admin";
    public static final String FIRST_ADMIN_NAME = "Administrator";
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private AccountRepository accounts;
    private PasswordHasher hasher;
    private AuditTrail audit;
    private DemoData demo;
    private Clock clock;

    protected FirstRun() {
    }

    @Inject
    public FirstRun(AccountRepository accounts, PasswordHasher hasher, AuditTrail audit, DemoData demo, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.demo = demo;
        this.clock = clock;
    }

    /**
     * @param configuredAdminPassword the administrator password from configuration, or null
     * @param seedDemo whether to seed the demo organisation into an empty database
     * @return the generated administrator password, when one had to be made up
     */
    public Optional<String> prepare(String configuredAdminPassword, boolean seedDemo) {
        if (accounts.count() > 0) {
            return Optional.empty();
        }
        if (configuredAdminPassword != null && !configuredAdminPassword.isBlank()) {
            // The same rules as any password: so not "dimple", "admin" or "administrator" either.
            // The operator reads the refused rules by their codes (messages.properties in the web module says each in words).
            List<Message> problems = PasswordPolicy.problems(configuredAdminPassword, FIRST_ADMIN, FIRST_ADMIN_NAME);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("DIMPLE_ADMIN_PASSWORD is not accepted: " + problems);
            }
        }
        if (seedDemo) {
            demo.seed(configuredAdminPassword);
            return Optional.empty();
        }
        boolean generated = configuredAdminPassword == null || configuredAdminPassword.isBlank();
        String password = generated ? randomPassword() : configuredAdminPassword;
        accounts.save(Account.open(FIRST_ADMIN, FIRST_ADMIN_NAME, hasher.hash(password), Set.of(Role.ADMIN), clock.instant()));
        audit.recordAs(AuditAction.SYSTEM, AuditAction.FIRST_ADMIN_CREATED, FIRST_ADMIN,
                generated ? "generated password printed once in the server log" : "password from DIMPLE_ADMIN_PASSWORD");
        return generated ? Optional.of(password) : Optional.empty();
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
