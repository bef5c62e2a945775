package dimple.domain.retention;

import java.util.List;
import java.util.Optional;

/** The periods administrators set; a record type with none is kept for ever. */
public interface RetentionPeriodRepository {
    List<RetentionPeriod> all();

    Optional<RetentionPeriod> find(RecordType type);

    void save(RetentionPeriod period);

    void remove(RetentionPeriod period);
}
