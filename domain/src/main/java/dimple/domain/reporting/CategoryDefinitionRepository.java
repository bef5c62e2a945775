package dimple.domain.reporting;

import java.util.List;

/** Port: the definitions administrators wrote for report kinds and customer-impact levels (those never written are absent). */
public interface CategoryDefinitionRepository {
    List<CategoryDefinition> all();

    void save(CategoryDefinition definition);
}
