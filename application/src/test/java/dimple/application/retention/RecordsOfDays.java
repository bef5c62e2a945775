package dimple.application.retention;

import dimple.domain.retention.Due;
import dimple.domain.retention.RecordType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A kind of record for the sweep's tests: records that are only the day they count from and whether they are held. */
class RecordsOfDays implements RetainedRecords {
    record Kept(LocalDate day, boolean held) {
    }

    private final RecordType type;
    final List<Kept> kept = new ArrayList<>();
    final List<Integer> batches = new ArrayList<>();

    RecordsOfDays(RecordType type) {
        this.type = type;
    }

    RecordsOfDays with(int count, LocalDate day, boolean held) {
        for (int i = 0; i < count; i++) {
            kept.add(new Kept(day, held));
        }
        return this;
    }

    @Override
    public RecordType type() {
        return type;
    }

    @Override
    public Due due(LocalDate today, LocalDate keptFrom) {
        if (keptFrom == null) {
            return Due.NONE;
        }
        List<Kept> past = kept.stream().filter(k -> k.day().isBefore(keptFrom)).toList();
        return new Due(past.stream().filter(k -> !k.held()).count(),
                past.stream().filter(k -> !k.held()).map(Kept::day).min(Comparator.naturalOrder()).orElse(null),
                past.stream().filter(Kept::held).count());
    }

    @Override
    public int sweepNext(LocalDate today, LocalDate keptFrom, int max) {
        if (keptFrom == null) {
            return 0;
        }
        List<Kept> next = kept.stream().filter(k -> !k.held() && k.day().isBefore(keptFrom)).limit(max).toList();
        next.forEach(kept::remove);
        batches.add(next.size());
        return next.size();
    }
}
