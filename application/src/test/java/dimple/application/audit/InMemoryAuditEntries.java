package dimple.application.audit;

import dimple.domain.audit.AuditEntry;
import dimple.domain.audit.AuditEntryRepository;
import dimple.domain.audit.AuditQuery;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The audit trail in a list, searched like the JPA repository: exact action and actor, from inclusive, to exclusive, newest first. */
public class InMemoryAuditEntries implements AuditEntryRepository {
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        List<AuditEntry> matching = entries.stream()
                .filter(e -> query.action() == null || e.action().equals(query.action()))
                .filter(e -> query.actor() == null || e.actor().equals(query.actor()))
                .filter(e -> query.from() == null || !e.at().isBefore(query.from()))
                .filter(e -> query.to() == null || e.at().isBefore(query.to()))
                .sorted(Comparator.comparing(AuditEntry::at).reversed().thenComparing(AuditEntry::id))
                .toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).toList(), page, matching.size());
    }

    /** Every entry in the order written. */
    public List<AuditEntry> all() {
        return List.copyOf(entries);
    }

    public List<String> actions() {
        return entries.stream().map(AuditEntry::action).toList();
    }

    public List<AuditEntry> withAction(String action) {
        return entries.stream().filter(e -> e.action().equals(action)).toList();
    }

    public AuditEntry last() {
        if (entries.isEmpty()) {
            throw new AssertionError("the audit trail is empty");
        }
        return entries.get(entries.size() - 1);
    }
}
