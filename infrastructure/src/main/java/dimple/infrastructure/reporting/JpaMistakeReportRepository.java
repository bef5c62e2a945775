package dimple.infrastructure.reporting;

import dimple.domain.reporting.MistakeReport;
import dimple.domain.reporting.MistakeReportRepository;
import dimple.domain.reporting.ReportQuery;
import dimple.domain.reporting.ReportStatus;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMistakeReportRepository implements MistakeReportRepository {
    /** Lists load the questions of all reports on the page in one more query, not one per report. */
    private static final String BATCH = "eclipselink.batch";

    @PersistenceContext(unitName = "dimple")
    EntityManager em;

    public JpaMistakeReportRepository() {
    }

    public JpaMistakeReportRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<MistakeReport> findById(String id) {
        return Optional.ofNullable(em.find(MistakeReport.class, id));
    }

    @Override
    public List<MistakeReport> findByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from MistakeReport r where r.id in :ids", MistakeReport.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public Optional<MistakeReport> findByReceiptCodeHash(String hash) {
        return em.createQuery("select r from MistakeReport r where r.receiptCodeHash = :h", MistakeReport.class).setParameter("h", hash)
                .getResultStream().findFirst();
    }

    @Override
    public void save(MistakeReport report) {
        Queries.save(em, report);
    }

    /** {@code select ... for update}, one row at a time in the order of the ids: the same on H2 and PostgreSQL. */
    @Override
    public void lock(Collection<String> ids) {
        for (String id : new java.util.TreeSet<>(ids)) {
            em.createNativeQuery("select id from mistake_report where id = ? for update").setParameter(1, id).getResultList();
        }
    }

    @Override
    public boolean isPointedAtByDuplicates(String reportId) {
        return !em.createQuery("select r.id from MistakeReport r where r.duplicateOfId = :id", String.class).setParameter("id", reportId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Page<MistakeReport> reportedBy(String accountId, PageRequest page) {
        String where = " where r.reporterAccountId = :a";
        return Queries.page(
                em.createQuery("select r from MistakeReport r" + where + " order by r.submittedAt desc, r.id", MistakeReport.class)
                        .setParameter("a", accountId).setHint(BATCH, "r.questions"),
                em.createQuery("select count(r) from MistakeReport r" + where, Long.class).setParameter("a", accountId),
                page);
    }

    @Override
    public List<MistakeReport> awaitingTriageReportedBySince(String accountId, Instant since) {
        return em.createQuery("select r from MistakeReport r where r.reporterAccountId = :a and r.status = :s and r.submittedAt >= :since",
                        MistakeReport.class)
                .setParameter("a", accountId).setParameter("s", ReportStatus.SUBMITTED).setParameter("since", since).getResultList();
    }

    @Override
    public Page<MistakeReport> search(ReportQuery query, PageRequest page) {
        String[] fromWhere = fromWhere(query);
        TypedQuery<MistakeReport> items = em.createQuery("select r from " + fromWhere[0] + fromWhere[1] + " order by r.submittedAt desc, r.id",
                MistakeReport.class).setHint(BATCH, "r.questions");
        TypedQuery<Long> count = em.createQuery("select count(r) from " + fromWhere[0] + fromWhere[1], Long.class);
        bind(items, query);
        bind(count, query);
        return Queries.page(items, count, page);
    }

    /**
     * The inbox's query, a chunk at a time after the last report of the chunk before (later at the same moment by
     * id, or earlier): a range scan of the index on (team, submission time), however far the reading has got. The
     * answers to custom fields of a chunk come in one more query; the persistence context is cleared after each chunk.
     */
    @Override
    public void eachChunk(ReportQuery query, int size, java.util.function.Consumer<List<MistakeReport>> each) {
        String[] fromWhere = fromWhere(query);
        MistakeReport last = null;
        while (true) {
            String after = last == null ? "" : " and (r.submittedAt < :lastAt or (r.submittedAt = :lastAt and r.id > :lastId))";
            TypedQuery<MistakeReport> chunkQuery = em.createQuery("select r from " + fromWhere[0] + fromWhere[1] + after
                    + " order by r.submittedAt desc, r.id", MistakeReport.class).setHint(BATCH, "r.customValues").setMaxResults(size);
            bind(chunkQuery, query);
            if (last != null) {
                chunkQuery.setParameter("lastAt", last.submittedAt()).setParameter("lastId", last.id());
            }
            List<MistakeReport> chunk = chunkQuery.getResultList();
            if (chunk.isEmpty()) {
                return;
            }
            each.accept(chunk);
            last = chunk.get(chunk.size() - 1);
            em.clear();
            if (chunk.size() < size) {
                return;
            }
        }
    }

    /** The query's "from" (with the custom field's answers joined when it filters by one) and "where". */
    private static String[] fromWhere(ReportQuery query) {
        List<String> conditions = new ArrayList<>();
        conditions.add("r.teamId in :teams");
        if (query.status() != null) {
            conditions.add("r.status = :status");
        }
        if (query.kind() != null) {
            conditions.add("r.kind = :kind");
        }
        if (query.impact() != null) {
            conditions.add("r.customerImpact = :impact");
        }
        if (query.from() != null) {
            conditions.add("r.submittedAt >= :from");
        }
        if (query.to() != null) {
            conditions.add("r.submittedAt < :to");
        }
        for (int i = 0; i < query.words().size(); i++) {
            conditions.add("(lower(r.title) like :w" + i + " escape '!' or lower(r.narrative) like :w" + i + " escape '!')");
        }
        // One answer per report and field (the primary key of report_custom_value): the join repeats no report.
        String from = "MistakeReport r";
        if (query.customFieldId() != null) {
            from += " join r.customValues v";
            conditions.add("key(v) = :cfField and value(v) = :cfValue");
        }
        return new String[] {from, " where " + String.join(" and ", conditions)};
    }

    private static void bind(TypedQuery<?> q, ReportQuery query) {
        q.setParameter("teams", query.teamIds());
        if (query.customFieldId() != null) {
            q.setParameter("cfField", query.customFieldId());
            q.setParameter("cfValue", query.customValue());
        }
        if (query.status() != null) {
            q.setParameter("status", query.status());
        }
        if (query.kind() != null) {
            q.setParameter("kind", query.kind());
        }
        if (query.impact() != null) {
            q.setParameter("impact", query.impact());
        }
        if (query.from() != null) {
            q.setParameter("from", query.from());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to());
        }
        for (int i = 0; i < query.words().size(); i++) {
            q.setParameter("w" + i, "%" + likeLiteral(query.words().get(i)) + "%");
        }
    }

    /** A word as a LIKE pattern that matches itself only: {@code %}, {@code _} and the escape character escaped. */
    static String likeLiteral(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public List<MistakeReport> withBentRules(Collection<String> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from MistakeReport r where r.teamId in :teams and r.bentRule.ruleKey is not null"
                        + " and r.status <> :withdrawn order by r.submittedAt desc, r.id", MistakeReport.class)
                .setParameter("teams", teamIds).setParameter("withdrawn", ReportStatus.WITHDRAWN).getResultList();
    }

    @Override
    public long countUnansweredQuestionsFor(String accountId) {
        return em.createQuery("select count(q) from FollowUpQuestion q where q.report.reporterAccountId = :a and q.answer is null", Long.class)
                .setParameter("a", accountId).getSingleResult();
    }

    @Override
    public long countInTeams(Collection<String> teamIds, ReportStatus status) {
        if (teamIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(r) from MistakeReport r where r.teamId in :teams and r.status = :s", Long.class)
                .setParameter("teams", teamIds).setParameter("s", status).getSingleResult();
    }
}
