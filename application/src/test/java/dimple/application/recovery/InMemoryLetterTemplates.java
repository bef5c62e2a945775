package dimple.application.recovery;

import dimple.domain.recovery.LetterTemplate;
import dimple.domain.recovery.LetterTemplateRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Letter templates in a list, by language and name as the database orders them. */
public class InMemoryLetterTemplates implements LetterTemplateRepository {
    private final List<LetterTemplate> all = new ArrayList<>();

    @Override
    public Optional<LetterTemplate> findById(String id) {
        return all.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Override
    public List<LetterTemplate> all() {
        return all.stream().sorted(Comparator.comparing(LetterTemplate::language).thenComparing(LetterTemplate::name)).toList();
    }

    @Override
    public void save(LetterTemplate template) {
        if (!all.contains(template)) {
            all.add(template);
        }
    }
}
