package dimple.application.audit;

import dimple.application.shared.Check;
import dimple.application.shared.PageView;
import dimple.application.shared.Paging;
import dimple.application.shared.RequiresPermissions;
import dimple.domain.audit.AuditEntryRepository;
import dimple.domain.audit.AuditQuery;
import dimple.domain.identity.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Reading the audit trail, newest first, filtered by action, actor and time. */
@ApplicationScoped
@Transactional
public class AuditService {
    private AuditEntryRepository entries;

    protected AuditService() {
    }

    @Inject
    public AuditService(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @RequiresPermissions(Permission.AUDIT_READ)
    public PageView<AuditView> search(String action, String actor, Instant from, Instant to, Integer page, Integer size) {
        Check.input()
                .maxLength("action", action, 60, "field.action")
                .maxLength("actor", actor, 100, "field.actor")
                .that(from == null || to == null || !from.isAfter(to), "from", "input.fromAfterTo")
                .orRefuse();
        AuditQuery query = new AuditQuery(blankToNull(action), blankToNull(actor), from, to);
        return Paging.view(entries.search(query, Paging.request(page, size)),
                e -> new AuditView(e.at(), e.actor(), e.action(), e.target(), e.detail(), e.dayOnly()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
