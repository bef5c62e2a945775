package dimple.application.reporting;

import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReportQuery;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Reports kept in a map, with the same query semantics as the JPA repository (newest first). */
public class InMemoryMistakeReports implements MistakeReportRepository {
    private final Map<String, MistakeReport> byId = new LinkedHashMap<>();

    @Override
    public Optional<MistakeReport> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<MistakeReport> findByIds(Collection<String> ids) {
        return ids.stream().distinct().map(byId::get).filter(r -> r != null).toList();
    }

    @Override
    public Optional<MistakeReport> findByReceiptCodeHash(String hash) {
        return byId.values().stream().filter(r -> hash.equals(r.receiptCodeHash())).findFirst();
    }

    @Override
    public void save(MistakeReport report) {
        byId.put(report.id(), report);
    }

    @Override
    public void lock(Collection<String> ids) {
        // one thread at a time here
    }

    @Override
    public boolean isPointedAtByDuplicates(String reportId) {
        return byId.values().stream().anyMatch(r -> reportId.equals(r.duplicateOfId()));
    }

    @Override
    public Page<MistakeReport> reportedBy(String accountId, PageRequest page) {
        return page(newestFirst().filter(r -> r.isReportedBy(accountId)).toList(), page);
    }

    @Override
    public List<MistakeReport> awaitingTriageReportedBySince(String accountId, Instant since) {
        return byId.values().stream().filter(r -> r.isReportedBy(accountId) && r.status() == ReportStatus.SUBMITTED
                && !r.submittedAt().isBefore(since)).toList();
    }

    @Override
    public Page<MistakeReport> search(ReportQuery q, PageRequest page) {
        return page(matching(q), page);
    }

    private List<MistakeReport> matching(ReportQuery q) {
        Predicate<MistakeReport> matches = r -> q.teamIds().contains(r.teamId())
                && (q.status() == null || r.status() == q.status())
                && (q.kind() == null || r.kind() == q.kind())
                && (q.impact() == null || r.customerImpact() == q.impact())
                && (q.from() == null || !r.submittedAt().isBefore(q.from()))
                && (q.to() == null || r.submittedAt().isBefore(q.to()))
                && q.wordsMatch(r.title(), r.narrative())
                && q.customValueMatches(r.customValues());
        return newestFirst().filter(matches).toList();
    }

    /** The inbox's reports {@code size} at a time; counts the chunks handed over. */
    @Override
    public void eachChunk(ReportQuery q, int size, java.util.function.Consumer<List<MistakeReport>> each) {
        List<MistakeReport> all = matching(q);
        for (int from = 0; from < all.size(); from += size) {
            chunksHanded++;
            each.accept(all.subList(from, Math.min(all.size(), from + size)));
        }
    }

    /** How many chunks {@link #eachChunk} handed over so far. */
    public int chunksHanded;

    @Override
    public List<MistakeReport> withBentRules(Collection<String> teamIds) {
        return newestFirst().filter(r -> teamIds.contains(r.teamId()) && r.bentRule().isPresent() && r.status() != ReportStatus.WITHDRAWN)
                .toList();
    }

    @Override
    public long countUnansweredQuestionsFor(String accountId) {
        return byId.values().stream().filter(r -> r.isReportedBy(accountId)).mapToLong(MistakeReport::unansweredQuestions).sum();
    }

    @Override
    public long countInTeams(Collection<String> teamIds, ReportStatus status) {
        return byId.values().stream().filter(r -> teamIds.contains(r.teamId()) && r.status() == status).count();
    }

    public List<MistakeReport> all() {
        return List.copyOf(byId.values());
    }

    private Stream<MistakeReport> newestFirst() {
        return byId.values().stream().sorted(Comparator.comparing(MistakeReport::submittedAt).reversed().thenComparing(MistakeReport::id));
    }

    static <T> Page<T> page(List<T> all, PageRequest page) {
        return Page.of(all.stream().skip(page.offset()).limit(page.size()).toList(), page, all.size());
    }
}
