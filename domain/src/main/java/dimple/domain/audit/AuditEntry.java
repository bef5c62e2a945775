package dimple.domain.audit;

import dimple.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One line of the audit trail. Written once, never changed. Text that came from people is made safe
 * on the way in: control characters (CR, LF, tabs, ...) are shown as visible escapes so a value can
 * never start a forged line in a log or an export, and every field is cut to its column's length.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    public static final int MAX_DETAIL = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "recorded_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(length = 200)
    private String target;

    @Column(length = MAX_DETAIL)
    private String detail;

    /** True when only the day is known: {@link #at()} is that day's start (UTC). Confidential reporters' actions are kept so. */
    @Column(name = "day_only", nullable = false)
    private boolean dayOnly;

    protected AuditEntry() {
    }

    private AuditEntry(Instant at, String actor, String action, String target, String detail) {
        this.id = Ids.newId();
        this.at = Objects.requireNonNull(at);
        this.actor = clean(Objects.requireNonNull(actor), 100);
        this.action = clean(Objects.requireNonNull(action), 60);
        this.target = target == null ? null : clean(target, 200);
        this.detail = detail == null ? null : clean(detail, MAX_DETAIL);
    }

    public static AuditEntry of(Instant at, String actor, String action, String target, String detail) {
        return new AuditEntry(at, actor, action, target, detail);
    }

    /** An entry known only to the day: its time is the start of that day (UTC) and it says so. */
    public static AuditEntry ofDay(LocalDate day, String actor, String action, String target, String detail) {
        AuditEntry entry = new AuditEntry(day.atStartOfDay(ZoneOffset.UTC).toInstant(), actor, action, target, detail);
        entry.dayOnly = true;
        return entry;
    }

    static String clean(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (out.length() > max) {
            int end = max - 1;
            if (Character.isHighSurrogate(out.charAt(end - 1))) {
                end--;
            }
            return out.substring(0, end) + "…";
        }
        return out.toString();
    }

    public String id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
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

    public boolean dayOnly() {
        return dayOnly;
    }
}
