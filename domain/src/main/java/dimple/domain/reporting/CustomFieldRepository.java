package dimple.domain.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: the custom fields teams ask on their reports, removed ones included. */
public interface CustomFieldRepository {
    Optional<CustomField> findById(String id);

    /** Every field of the team, removed ones too, in their order (removed ones keep the place they had). */
    List<CustomField> ofTeam(String teamId);

    /** The fields with these ids, removed ones too (to show the values a report holds). */
    List<CustomField> findByIds(Collection<String> ids);

    void save(CustomField field);
}
