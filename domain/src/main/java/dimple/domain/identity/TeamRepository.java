package dimple.domain.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where teams are kept. */
public interface TeamRepository {
    Optional<Team> findById(String id);

    Optional<Team> findByName(String name);

    List<Team> findByIds(Collection<String> ids);

    List<Team> findAll();

    void save(Team team);
}
