package dimple.application.retention;

import dimple.domain.retention.RecordType;
import dimple.domain.retention.RetentionPeriod;
import dimple.domain.retention.RetentionPeriodRepository;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class InMemoryRetentionPeriods implements RetentionPeriodRepository {
    final Map<RecordType, RetentionPeriod> byType = new EnumMap<>(RecordType.class);

    @Override
    public List<RetentionPeriod> all() {
        return new ArrayList<>(byType.values());
    }

    @Override
    public Optional<RetentionPeriod> find(RecordType type) {
        return Optional.ofNullable(byType.get(type));
    }

    @Override
    public void save(RetentionPeriod period) {
        byType.put(period.type(), period);
    }

    @Override
    public void remove(RetentionPeriod period) {
        byType.remove(period.type());
    }
}
