package dimple.domain.recovery;

import java.util.List;
import java.util.Optional;

/** Port: the letter templates administrators keep, retired ones included. */
public interface LetterTemplateRepository {
    Optional<LetterTemplate> findById(String id);

    /** Every template, retired ones too, by language and name. */
    List<LetterTemplate> all();

    void save(LetterTemplate template);
}
