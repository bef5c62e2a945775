package dimple.application.retention;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.CurrentActor;
import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.retention.Due;
import dimple.domain.retention.RecordType;
import dimple.domain.retention.RetentionPeriod;
import dimple.domain.retention.RetentionPeriodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Retention periods for administrators ({@code retention:define}): read and set them, each change audited, and a
 * preview of what the next daily sweep removes, as counts only: administrators read no records (docs/adr/0052).
 */
@ApplicationScoped
public class RetentionService {
    /** The fields of {@link RetentionPeriodsView}, as a form or the API names them. */
    static final Map<RecordType, String> FIELDS = Map.of(RecordType.REPORTS, "reportsMonths", RecordType.RECOVERY_CASES, "recoveryCasesMonths",
            RecordType.COACHING_RECORDS, "coachingRecordsMonths", RecordType.AUDIT_LOG, "auditLogMonths");

    private RetentionPeriodRepository periods;
    private List<RetainedRecords> kinds;
    private AccountRepository accounts;
    private CurrentActor actor;
    private AuditTrail audit;
    private Clock clock;

    protected RetentionService() {
    }

    @Inject
    public RetentionService(RetentionPeriodRepository periods, Instance<RetainedRecords> kinds, AccountRepository accounts, CurrentActor actor,
                            AuditTrail audit, Clock clock) {
        this(periods, kinds.stream().toList(), accounts, actor, audit, clock);
    }

    public RetentionService(RetentionPeriodRepository periods, List<RetainedRecords> kinds, AccountRepository accounts, CurrentActor actor,
                            AuditTrail audit, Clock clock) {
        this.periods = periods;
        this.kinds = List.copyOf(kinds);
        this.accounts = accounts;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    @RequiresPermissions(Permission.RETENTION_DEFINE)
    @Transactional
    public RetentionPeriodsView periods() {
        Map<RecordType, Integer> months = months(periods);
        return new RetentionPeriodsView(months.get(RecordType.REPORTS), months.get(RecordType.RECOVERY_CASES), months.get(RecordType.COACHING_RECORDS),
                months.get(RecordType.AUDIT_LOG));
    }

    /**
     * Sets every period to the one wanted (null: keep for ever); a period already so stays as it is, unaudited.
     *
     * @throws InvalidInput naming each field whose months are out of range, before anything changes
     */
    @RequiresPermissions(Permission.RETENTION_DEFINE)
    @Transactional
    public RetentionPeriodsView change(RetentionPeriodsView wanted) {
        Map<RecordType, Integer> months = new EnumMap<>(RecordType.class);
        put(months, RecordType.REPORTS, wanted.reportsMonths());
        put(months, RecordType.RECOVERY_CASES, wanted.recoveryCasesMonths());
        put(months, RecordType.COACHING_RECORDS, wanted.coachingRecordsMonths());
        put(months, RecordType.AUDIT_LOG, wanted.auditLogMonths());
        List<FieldProblem> problems = new ArrayList<>();
        months.forEach((type, value) -> {
            if (value != null && !RetentionPeriod.allows(value)) {
                problems.add(FieldProblem.of(FIELDS.get(type), "retention.monthsOutOfRange", RetentionPeriod.MIN_MONTHS, RetentionPeriod.MAX_MONTHS));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        for (RecordType type : RecordType.values()) {
            setTo(type, months.get(type));
        }
        return periods();
    }

    /** What the sweep would delete or anonymise if it ran today, per kind of record: counts and the oldest day. */
    @RequiresPermissions(Permission.RETENTION_DEFINE)
    @Transactional
    public RetentionPreview preview() {
        LocalDate today = today(clock);
        Map<RecordType, Integer> months = months(periods);
        List<DueView> lines = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            Integer period = months.get(type);
            Due due = kindOf(kinds, type).map(k -> k.due(today, keptFrom(today, period))).orElse(Due.NONE);
            lines.add(new DueView(type.name(), type.treatment().name(), period, due.count(), due.oldestDay(), due.held()));
        }
        return new RetentionPreview(today, lines);
    }

    private void setTo(RecordType type, Integer months) {
        Optional<RetentionPeriod> stored = periods.find(type);
        Integer before = stored.map(RetentionPeriod::months).orElse(null);
        if (Objects.equals(before, months)) {
            return;
        }
        if (months == null) {
            periods.remove(stored.orElseThrow());
        } else {
            String by = actor.account(accounts).id();
            RetentionPeriod period = stored.orElse(null);
            if (period == null) {
                period = RetentionPeriod.of(type, months, by, clock.instant());
            } else {
                period.change(months, by, clock.instant());
            }
            periods.save(period);
        }
        audit.record(AuditAction.RETENTION_PERIOD_CHANGED, type.name(), spoken(before) + " -> " + spoken(months));
    }

    private static void put(Map<RecordType, Integer> months, RecordType type, Integer value) {
        months.put(type, value);
    }

    private static String spoken(Integer months) {
        return months == null ? "kept for ever" : months + " months";
    }

    static Map<RecordType, Integer> months(RetentionPeriodRepository periods) {
        Map<RecordType, Integer> months = new EnumMap<>(RecordType.class);
        periods.all().forEach(p -> months.put(p.type(), p.months()));
        return months;
    }

    static LocalDate today(Clock clock) {
        return clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static LocalDate keptFrom(LocalDate today, Integer months) {
        return months == null ? null : today.minusMonths(months);
    }

    static Optional<RetainedRecords> kindOf(List<RetainedRecords> kinds, RecordType type) {
        return kinds.stream().filter(k -> k.type() == type).findFirst();
    }
}
