package dimple.application.identity;

import dimple.domain.identity.SignedInSession;
import dimple.domain.identity.SignedInSessionRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class InMemorySessions implements SignedInSessionRepository {
    private final Map<String, SignedInSession> byId = new LinkedHashMap<>();

    @Override
    public void save(SignedInSession session) {
        byId.put(session.id(), session);
    }

    @Override
    public Optional<SignedInSession> findByTokenHash(String tokenHash) {
        return byId.values().stream().filter(s -> s.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public Optional<SignedInSession> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<SignedInSession> findByAccount(String accountId) {
        return byId.values().stream().filter(s -> s.belongsTo(accountId))
                .sorted(Comparator.comparing(SignedInSession::startedAt).reversed()).toList();
    }

    @Override
    public long countByAccount(String accountId) {
        return findByAccount(accountId).size();
    }

    @Override
    public void delete(String id) {
        byId.remove(id);
    }

    @Override
    public int deleteByAccountExcept(String accountId, String keepId) {
        List<String> gone = byId.values().stream().filter(s -> s.belongsTo(accountId) && !s.id().equals(keepId)).map(SignedInSession::id).toList();
        gone.forEach(byId::remove);
        return gone.size();
    }

    @Override
    public int deleteEndedBefore(Instant moment) {
        List<String> gone = byId.values().stream().filter(s -> s.endsAt().isBefore(moment)).map(SignedInSession::id).toList();
        gone.forEach(byId::remove);
        return gone.size();
    }

    public int size() {
        return byId.size();
    }
}
