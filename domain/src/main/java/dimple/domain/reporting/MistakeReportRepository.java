package dimple.domain.reporting;

import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where mistake reports (with their questions) are kept. Lists are newest first. */
public interface MistakeReportRepository {
    Optional<MistakeReport> findById(String id);

    List<MistakeReport> findByIds(Collection<String> ids);

    /** The anonymous report whose receipt code has this {@link ReceiptCode#hash() hash}. */
    Optional<MistakeReport> findByReceiptCodeHash(String hash);

    void save(MistakeReport report);

    /**
     * Locks these reports until the transaction ends, one after the other in the order of their ids (so
     * two transactions locking some of the same reports never wait for each other in a circle). Call it
     * before reading them: what is read afterwards is what other transactions committed before. Ids of no
     * report are passed over.
     */
    void lock(Collection<String> ids);

    /** Whether other reports are marked as duplicates of this one (it is their original). */
    boolean isPointedAtByDuplicates(String reportId);

    /** The reports this account filed, named and confidential, newest first. */
    Page<MistakeReport> reportedBy(String accountId, PageRequest page);

    /**
     * The reports this account filed since this moment (as kept: a confidential report by the start of its
     * day), awaiting triage, in no particular order. Few: one person's reports of about a day.
     */
    List<MistakeReport> awaitingTriageReportedBySince(String accountId, Instant since);

    /** A team inbox, newest first. */
    Page<MistakeReport> search(ReportQuery query, PageRequest page);

    /**
     * Every report of a team inbox, in the inbox's order (newest first, then by id), handed over {@code size} at a
     * time: for reading a large set (an export) with flat memory. Each chunk is forgotten once {@code each} returns
     * (the reports are read-only there: a change to them is not stored). Each chunk costs the same however far the
     * reading has got (a keyset, not an offset).
     */
    void eachChunk(ReportQuery query, int size, java.util.function.Consumer<List<MistakeReport>> each);

    /** Reports of these teams that record a bent rule, except withdrawn ones, newest first. */
    List<MistakeReport> withBentRules(Collection<String> teamIds);

    /** How many questions on this account's reports wait for an answer. */
    long countUnansweredQuestionsFor(String accountId);

    /** How many reports of these teams are in this status. */
    long countInTeams(Collection<String> teamIds, ReportStatus status);
}
