package dimple.application.reporting;

import dimple.domain.reporting.CustomField;
import dimple.domain.reporting.CustomFieldRepository;
import dimple.domain.shared.UniqueKeyTaken;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Custom fields in a list; a team's key is its own once, as the database's unique constraint keeps it. */
public class InMemoryCustomFields implements CustomFieldRepository {
    private final List<CustomField> all = new ArrayList<>();

    @Override
    public Optional<CustomField> findById(String id) {
        return all.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    @Override
    public List<CustomField> ofTeam(String teamId) {
        return all.stream().filter(f -> f.teamId().equals(teamId))
                .sorted(Comparator.comparingInt(CustomField::position).thenComparing(CustomField::createdAt)).toList();
    }

    @Override
    public List<CustomField> findByIds(Collection<String> ids) {
        return all.stream().filter(f -> ids.contains(f.id())).toList();
    }

    @Override
    public void save(CustomField field) {
        if (all.contains(field)) {
            return;
        }
        if (all.stream().anyMatch(f -> f.teamId().equals(field.teamId()) && f.key().equals(field.key()))) {
            throw new UniqueKeyTaken();
        }
        all.add(field);
    }
}
