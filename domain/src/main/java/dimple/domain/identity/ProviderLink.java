package dimple.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Ties an account to the person's identity at the organisation's OpenID provider (docs/adr/0032): the
 * provider's issuer and its subject, the stable id it gives that person. An account is found by this pair
 * at every single sign-on, never by a username or an e-mail address, which the provider may change or reuse.
 * One account has at most one link.
 */
@Entity
@Table(name = "account_provider_link")
public class ProviderLink {
    public static final int MAX_LENGTH = 255;

    @Id
    @Column(name = "account_id", length = 36)
    private String accountId;

    @Column(nullable = false, length = MAX_LENGTH)
    private String issuer;

    @Column(nullable = false, length = MAX_LENGTH)
    private String subject;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected ProviderLink() {
    }

    public static ProviderLink of(String accountId, String issuer, String subject, Instant at) {
        if (issuer == null || issuer.isBlank() || issuer.length() > MAX_LENGTH || subject == null || subject.isBlank()
                || subject.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a provider link needs an issuer and a subject of at most " + MAX_LENGTH + " characters");
        }
        ProviderLink link = new ProviderLink();
        link.accountId = Objects.requireNonNull(accountId);
        link.issuer = issuer;
        link.subject = subject;
        link.linkedAt = Objects.requireNonNull(at);
        return link;
    }

    public String accountId() {
        return accountId;
    }

    public String issuer() {
        return issuer;
    }

    public String subject() {
        return subject;
    }

    public Instant linkedAt() {
        return linkedAt;
    }
}
