package dimple.domain.audit;

import dimple.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something the reporter of a confidential report did on it (filed it, answered a question, recorded a
 * recovery step, withdrew it), waiting to enter the audit trail (docs/adr/0007). It is written in the
 * same transaction as the change, but it knows only its day, and nobody can read it until the day is
 * over: then it enters the trail dated to the day, in random order among that day's others. So the
 * trail can never be lined up with sign-ins or other entries to name the reporter.
 */
@Entity
@Table(name = "confidential_activity")
public class ConfidentialActivity {
    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "activity_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(length = 200)
    private String target;

    @Column(length = AuditEntry.MAX_DETAIL)
    private String detail;

    protected ConfidentialActivity() {
    }

    public static ConfidentialActivity on(LocalDate day, String action, String target, String detail) {
        ConfidentialActivity activity = new ConfidentialActivity();
        activity.id = Ids.newId();
        activity.day = Objects.requireNonNull(day);
        activity.action = AuditEntry.clean(Objects.requireNonNull(action), 60);
        activity.target = target == null ? null : AuditEntry.clean(target, 200);
        activity.detail = detail == null ? null : AuditEntry.clean(detail, AuditEntry.MAX_DETAIL);
        return activity;
    }

    /** Its line in the audit trail, dated to its day, with this actor (who is never the reporter's name). */
    public AuditEntry toAuditEntry(String actor) {
        return AuditEntry.ofDay(day, actor, action, target, detail);
    }

    public String id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }
}
