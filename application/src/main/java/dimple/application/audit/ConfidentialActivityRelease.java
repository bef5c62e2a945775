package dimple.application.audit;

import dimple.domain.audit.AuditEntryRepository;
import dimple.domain.audit.ConfidentialActivity;
import dimple.domain.audit.ConfidentialActivityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Moves confidential reporters' activity of past days into the audit trail (docs/adr/0007). Run by a
 * schedule (every hour, so shortly after midnight UTC a day's activity is readable); safe to run on
 * several instances at once: each activity is taken by exactly one of them. Not a use case anybody
 * calls, so it carries no permission.
 */
@ApplicationScoped
@Transactional
public class ConfidentialActivityRelease {
    static final int BATCH = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConfidentialActivityRepository waiting;
    private AuditEntryRepository entries;
    private Clock clock;

    protected ConfidentialActivityRelease() {
    }

    @Inject
    public ConfidentialActivityRelease(ConfidentialActivityRepository waiting, AuditEntryRepository entries, Clock clock) {
        this.waiting = waiting;
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Releases up to one batch of the activity of days before today (UTC), in random order; returns how
     * many entries it wrote. Call again while it returns a full batch.
     */
    public int releasePastDays() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<ConfidentialActivity> due = new ArrayList<>(waiting.before(today, BATCH));
        Collections.shuffle(due, RANDOM);
        int written = 0;
        for (ConfidentialActivity activity : due) {
            if (waiting.take(activity.id())) {
                entries.append(activity.toAuditEntry(AuditAction.CONFIDENTIAL_REPORTER));
                written++;
            }
        }
        return written;
    }
}
