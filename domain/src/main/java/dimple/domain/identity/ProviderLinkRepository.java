package dimple.domain.identity;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Where the links between accounts and the OpenID provider's people are kept. */
public interface ProviderLinkRepository {
    Optional<ProviderLink> find(String issuer, String subject);

    /** Which of these accounts are linked to a provider. */
    Set<String> linkedAmong(Collection<String> accountIds);

    void save(ProviderLink link);
}
