package dimple.application.identity;

import dimple.domain.identity.SignInDelay;
import dimple.domain.identity.SignInDelayRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class InMemorySignInDelays implements SignInDelayRepository {
    private final Map<String, SignInDelay> byKey = new LinkedHashMap<>();

    @Override
    public Optional<SignInDelay> findByKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public SignInDelay lockedToCount(SignInDelay fresh) {
        return byKey.computeIfAbsent(fresh.key(), key -> fresh);
    }

    @Override
    public void storeFirst(SignInDelay fresh) {
        byKey.putIfAbsent(fresh.key(), fresh);
    }

    @Override
    public Optional<SignInDelay> findById(String id) {
        return byKey.values().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    @Override
    public List<SignInDelay> blockedAt(Instant now) {
        return byKey.values().stream().filter(d -> d.blockedAt(now).isPresent())
                .sorted(Comparator.comparing(SignInDelay::blockedUntil).reversed()).toList();
    }

    @Override
    public List<SignInDelay> findByUsername(String username) {
        return byKey.values().stream().filter(d -> username.equals(d.username())).toList();
    }

    @Override
    public void save(SignInDelay delay) {
        byKey.put(delay.key(), delay);
    }

    @Override
    public void delete(String id) {
        byKey.values().removeIf(d -> d.id().equals(id));
    }

    @Override
    public int deleteForgotten(Instant now) {
        int before = byKey.size();
        byKey.values().removeIf(d -> d.isForgottenAt(now));
        return before - byKey.size();
    }
}
