package dimple.application.coaching;

import dimple.application.audit.AuditAction;
import dimple.application.audit.AuditTrail;
import dimple.application.identity.CurrentActor;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.coaching.CoachingRecord;
import dimple.domain.coaching.CoachingRecordRepository;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Legal holds on coaching records (docs/adr/0052): HR, who reads every shared record, places or lifts one, and no
 * retention deletes the record while it is on, neither its own date nor the organisation's period. Audited by the
 * record's id, as every other step of the lane; a record HR may not see (a draft) is not found.
 */
@ApplicationScoped
@Transactional
public class CoachingLegalHoldService {
    private CoachingRecordRepository records;
    private AuditTrail audit;
    private Clock clock;
    private Lane lane;

    protected CoachingLegalHoldService() {
    }

    @Inject
    public CoachingLegalHoldService(CoachingRecordRepository records, AccountRepository accounts, TeamRepository teams, TeamRoster roster,
                                    CurrentUser currentUser, CurrentActor actor, AuditTrail audit, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
        this.lane = new Lane(accounts, teams, roster, currentUser, actor);
    }

    @RequiresPermissions(Permission.COACHING_READ_ALL)
    public CoachingLegalHoldView find(String id) {
        return view(visible(id));
    }

    @RequiresPermissions(Permission.COACHING_READ_ALL)
    public CoachingLegalHoldView place(String id) {
        CoachingRecord record = visible(id);
        if (!record.isHeld()) {
            record.placeLegalHold(clock.instant());
            records.save(record);
            audit.record(AuditAction.COACHING_LEGAL_HOLD_PLACED, record.id(), null);
        }
        return view(record);
    }

    @RequiresPermissions(Permission.COACHING_READ_ALL)
    public CoachingLegalHoldView lift(String id) {
        CoachingRecord record = visible(id);
        if (record.isHeld()) {
            record.liftLegalHold();
            records.save(record);
            audit.record(AuditAction.COACHING_LEGAL_HOLD_LIFTED, record.id(), null);
        }
        return view(record);
    }

    private CoachingRecord visible(String id) {
        return lane.visibleRecord(records, id, lane.me());
    }

    private static CoachingLegalHoldView view(CoachingRecord record) {
        return new CoachingLegalHoldView(record.id(), record.isHeld(), record.legalHoldSince());
    }
}
