package dimple.application.reporting;

import dimple.domain.reporting.CategoryDefinition;
import dimple.domain.reporting.CategoryDefinitionRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Category definitions in a list, by id as the database orders them. */
public class InMemoryCategoryDefinitions implements CategoryDefinitionRepository {
    private final List<CategoryDefinition> all = new ArrayList<>();

    @Override
    public List<CategoryDefinition> all() {
        return all.stream().sorted(Comparator.comparing(CategoryDefinition::id)).toList();
    }

    @Override
    public void save(CategoryDefinition definition) {
        if (all.stream().noneMatch(d -> d.id().equals(definition.id()))) {
            all.add(definition);
        }
    }
}
