package dimple.application.retention;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.domain.retention.RecordType;
import dimple.domain.retention.RetentionPeriodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The daily retention sweep (docs/adr/0052): for every kind of record, deletes or anonymises what is past its period
 * in batches of {@link #BATCH}, each batch a transaction of its own, until none is left; then writes one audit line
 * per kind with the count, also when it was nothing, so the trail shows the sweep runs. Started by a scheduler in
 * infrastructure once per cluster; it acts for nobody, so it carries no permission guard and is reachable from no
 * page or API (like {@code CoachingRetention}).
 */
@ApplicationScoped
public class RetentionRun {
    public static final int BATCH = 200;

    private RetentionPeriodRepository periods;
    private List<RetainedRecords> kinds;
    private AuditTrail audit;
    private Clock clock;
    private int batch;

    protected RetentionRun() {
    }

    @Inject
    public RetentionRun(RetentionPeriodRepository periods, Instance<RetainedRecords> kinds, AuditTrail audit, Clock clock) {
        this(periods, kinds.stream().toList(), audit, clock, BATCH);
    }

    public RetentionRun(RetentionPeriodRepository periods, List<RetainedRecords> kinds, AuditTrail audit, Clock clock, int batch) {
        this.periods = periods;
        this.kinds = List.copyOf(kinds);
        this.audit = audit;
        this.clock = clock;
        this.batch = batch;
    }

    /** Sweeps every kind of record as of today (UTC); returns what it did, kind by kind. */
    public List<SweptView> sweep() {
        LocalDate today = RetentionService.today(clock);
        Map<RecordType, Integer> months = RetentionService.months(periods);
        List<SweptView> done = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            RetainedRecords kind = RetentionService.kindOf(kinds, type).orElse(null);
            if (kind == null) {
                continue;
            }
            LocalDate keptFrom = RetentionService.keptFrom(today, months.get(type));
            int count = 0;
            int batches = 0;
            int swept;
            do {
                swept = kind.sweepNext(today, keptFrom, batch);
                count += swept;
                batches++;
            } while (swept == batch);
            String verb = type.treatment() == RecordType.Treatment.DELETE ? "deleted " : "anonymised ";
            audit.recordAs(AuditAction.SYSTEM, AuditAction.RETENTION_SWEPT, type.name(),
                    verb + count + (keptFrom == null ? " (no period set)" : " from before " + keptFrom));
            done.add(new SweptView(type.name(), type.treatment().name(), count, batches));
        }
        return done;
    }
}
