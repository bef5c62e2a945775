package dimple.domain.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How many months one {@link RecordType} is kept, set by an administrator. A type with no period is kept for ever:
 * a new installation purges nothing until someone decides otherwise.
 */
@Entity
@Table(name = "retention_period")
public class RetentionPeriod {
    public static final int MIN_MONTHS = 1;
    /** Fifty years. */
    public static final int MAX_MONTHS = 600;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", length = 40)
    private RecordType type;

    @Column(nullable = false)
    private int months;

    @Column(name = "changed_by", nullable = false, length = 36)
    private String changedByAccountId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected RetentionPeriod() {
    }

    /** @throws RetentionPeriodOutOfRange when the months are not between {@link #MIN_MONTHS} and {@link #MAX_MONTHS} */
    public static RetentionPeriod of(RecordType type, int months, String byAccountId, Instant at) {
        RetentionPeriod period = new RetentionPeriod();
        period.type = Objects.requireNonNull(type);
        period.change(months, byAccountId, at);
        return period;
    }

    public static boolean allows(int months) {
        return months >= MIN_MONTHS && months <= MAX_MONTHS;
    }

    /** Sets the months; returns whether that changed anything. */
    public boolean change(int months, String byAccountId, Instant at) {
        if (!allows(months)) {
            throw new RetentionPeriodOutOfRange();
        }
        boolean changed = this.months != months;
        this.months = months;
        this.changedByAccountId = Objects.requireNonNull(byAccountId);
        this.changedAt = Objects.requireNonNull(at);
        return changed;
    }

    /** The first day that is still kept on {@code today}: a record of an earlier day is due. */
    public LocalDate keptFrom(LocalDate today) {
        return today.minusMonths(months);
    }

    public RecordType type() {
        return type;
    }

    public int months() {
        return months;
    }

    public String changedByAccountId() {
        return changedByAccountId;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
