package dimple.infrastructure.coaching;

import dimple.domain.coaching.CoachingRecordQuery;
import dimple.domain.coaching.CoachingStatus;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JPQL {@code where} clause of a {@link CoachingRecordQuery} over {@code CoachingRecord r}, shared by
 * the repository and the exporter so that a list and an export of the same filter can never differ.
 * Mirrors {@code CoachingRecord.isVisibleTo}: the coach while leading the team, drafts included; once
 * shared, the employee and HR.
 */
final class CoachingQueries {
    private final String where;
    private final Map<String, Object> parameters;

    private CoachingQueries(String where, Map<String, Object> parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    static CoachingQueries of(CoachingRecordQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> visible = new ArrayList<>();
        parameters.put("draft", CoachingStatus.DRAFT);
        if (!query.viewer().readsAll() || !query.viewer().ledTeamIds().isEmpty()) {
            parameters.put("viewer", query.viewer().accountId());
        }
        if (!query.viewer().ledTeamIds().isEmpty()) {
            visible.add("(r.coachAccountId = :viewer and r.teamId in :ledTeams)");
            parameters.put("ledTeams", query.viewer().ledTeamIds());
        }
        visible.add(query.viewer().readsAll() ? "r.status <> :draft" : "(r.status <> :draft and r.employeeAccountId = :viewer)");
        List<String> conditions = new ArrayList<>();
        conditions.add("(" + String.join(" or ", visible) + ")");
        if (query.teamId() != null) {
            conditions.add("r.teamId = :team");
            parameters.put("team", query.teamId());
        }
        if (query.employeeAccountId() != null) {
            conditions.add("r.employeeAccountId = :employee");
            parameters.put("employee", query.employeeAccountId());
        }
        if (query.coachAccountId() != null) {
            conditions.add("r.coachAccountId = :coach");
            parameters.put("coach", query.coachAccountId());
        }
        if (query.from() != null) {
            conditions.add("r.heldOn >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            conditions.add("r.heldOn <= :to");
            parameters.put("to", query.to());
        }
        if (query.status() != null) {
            conditions.add("r.status = :status");
            parameters.put("status", query.status());
        }
        return new CoachingQueries(String.join(" and ", conditions), parameters);
    }

    /** The conditions, without the word {@code where}. */
    String conditions() {
        return where;
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
