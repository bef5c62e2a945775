package dimple.domain.audit;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;

/** Where the audit trail is kept: append and read, newest first. There is no update and no delete. */
public interface AuditEntryRepository {
    void append(AuditEntry entry);

    Page<AuditEntry> search(AuditQuery query, PageRequest page);
}
