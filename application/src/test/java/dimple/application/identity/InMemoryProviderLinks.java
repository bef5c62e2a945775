package dimple.application.identity;

import dimple.domain.identity.ProviderLink;
import dimple.domain.identity.ProviderLinkRepository;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Provider links kept in a map by account id; the issuer-and-subject pair is unique, as the table's key makes it. */
public class InMemoryProviderLinks implements ProviderLinkRepository {
    private final Map<String, ProviderLink> byAccount = new LinkedHashMap<>();

    @Override
    public Optional<ProviderLink> find(String issuer, String subject) {
        return byAccount.values().stream().filter(l -> l.issuer().equals(issuer) && l.subject().equals(subject)).findFirst();
    }

    @Override
    public Set<String> linkedAmong(Collection<String> accountIds) {
        return accountIds.stream().filter(byAccount::containsKey).collect(Collectors.toSet());
    }

    @Override
    public void save(ProviderLink link) {
        if (find(link.issuer(), link.subject()).filter(l -> !l.accountId().equals(link.accountId())).isPresent()) {
            throw new IllegalStateException("issuer and subject are linked to another account");
        }
        byAccount.put(link.accountId(), link);
    }

    public int count() {
        return byAccount.size();
    }
}
