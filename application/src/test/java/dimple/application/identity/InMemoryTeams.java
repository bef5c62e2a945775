package dimple.application.identity;

import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.shared.UniqueKeyTaken;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Teams kept in a map; names are found case-insensitively, as the JPA repository does. */
public class InMemoryTeams implements TeamRepository {
    private final Map<String, Team> byId = new LinkedHashMap<>();

    @Override
    public Optional<Team> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Team> findByName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return byId.values().stream().filter(t -> t.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    @Override
    public List<Team> findByIds(Collection<String> ids) {
        return byId.values().stream().filter(t -> ids.contains(t.id())).sorted(Comparator.comparing(Team::name)).toList();
    }

    @Override
    public List<Team> findAll() {
        return byId.values().stream().sorted(Comparator.comparing(Team::name)).toList();
    }

    private Runnable beforeNextSave = () -> { };

    /** Like the database's unique key: another team with exactly the same name is refused. */
    @Override
    public void save(Team team) {
        Runnable meanwhile = beforeNextSave;
        beforeNextSave = () -> { };
        meanwhile.run();
        if (byId.values().stream().anyMatch(t -> t.name().equals(team.name()) && !t.id().equals(team.id()))) {
            throw new UniqueKeyTaken();
        }
        byId.put(team.id(), team);
    }

    /** What someone else does at the same moment, after the use case's checks and just before its save. */
    public void beforeNextSave(Runnable meanwhile) {
        this.beforeNextSave = meanwhile;
    }

    /** The stored team; fails the test when there is none. */
    public Team named(String name) {
        return findByName(name).orElseThrow(() -> new AssertionError("no team " + name));
    }
}
