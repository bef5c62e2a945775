package dimple.application.reporting;

import dimple.application.shared.Check;
import dimple.domain.identity.Account;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.reporting.CustomField;
import dimple.domain.reporting.CustomFieldRepository;
import dimple.domain.reporting.CustomFieldType;
import dimple.domain.reporting.CustomerImpact;
import dimple.domain.reporting.ReportKind;
import dimple.domain.reporting.ReportQuery;
import dimple.domain.reporting.ReportStatus;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A team inbox filter checked and turned into the query of the reports a leader may see: the teams they lead (or the
 * one of them named). The inbox and its export ask the same, so they select the same reports.
 */
final class InboxQueries {
    private final TeamRepository teams;
    private final CustomFieldRepository customFields;

    InboxQueries(TeamRepository teams, CustomFieldRepository customFields) {
        this.teams = teams;
        this.customFields = customFields;
    }

    /**
     * The query of this filter for this leader; empty when they lead no team. A bad filter is refused ({@code InvalidInput},
     * every problem at once), a team they do not lead as well.
     */
    Optional<ReportQuery> query(Account me, InboxFilter filter) {
        InboxFilter f = filter == null ? InboxFilter.everything() : filter;
        Check check = Check.input()
                .maxLength("team", f.team(), Team.MAX_NAME_LENGTH, "field.team")
                .maxLength("q", f.words(), InboxFilter.MAX_WORDS_LENGTH, "field.words")
                .that(f.from() == null || f.to() == null || !f.from().isAfter(f.to()), "from", "input.fromAfterTo");
        ReportStatus status = check.known("status", f.status(), ReportStatus.class, "field.status");
        ReportKind kind = check.known("kind", f.kind(), ReportKind.class, "field.kind");
        CustomerImpact impact = check.known("customerImpact", f.customerImpact(), CustomerImpact.class, "field.customerImpact");
        Set<String> teamIds = new HashSet<>(me.leadsTeams());
        if (f.team() != null && !f.team().isBlank()) {
            Optional<Team> named = teams.findByName(f.team().strip()).filter(t -> me.leads(t.id()));
            check.that(named.isPresent(), "team", "input.team.notLed", ReportingService.abbreviate(f.team()));
            teamIds = named.map(t -> Set.of(t.id())).orElse(Set.of());
        }
        Map.Entry<String, String> answer = answerToFilterBy(check, teamIds, f);
        check.orRefuse();
        if (teamIds.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportQuery(teamIds, status, kind, impact,
                f.from() == null ? null : f.from().atStartOfDay().toInstant(ZoneOffset.UTC),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), ReportQuery.wordsOf(f.words()),
                answer == null ? null : answer.getKey(), answer == null ? null : answer.getValue()));
    }

    /**
     * The custom field (by id) and answer (as stored) an inbox filter keeps, or null: a choice or yes/no field of the
     * one team filtered by, removed ones too, so that old answers can still be found.
     */
    private Map.Entry<String, String> answerToFilterBy(Check check, Set<String> teamIds, InboxFilter f) {
        if (f.field() == null || f.field().isBlank()) {
            return null;
        }
        check.that(f.team() != null && !f.team().isBlank(), "field", "input.customField.teamNeeded");
        check.required("fieldValue", f.fieldValue(), "field.customField.answer");
        if (teamIds.size() != 1 || f.team() == null || f.team().isBlank() || f.fieldValue() == null || f.fieldValue().isBlank()) {
            return null;
        }
        Optional<CustomField> field = customFields.ofTeam(teamIds.iterator().next()).stream()
                .filter(c -> c.key().equals(f.field().strip()) && (c.type() == CustomFieldType.CHOICE || c.type() == CustomFieldType.YES_NO))
                .findFirst();
        check.that(field.isPresent(), "field", "input.customField.notFilterable", ReportingService.abbreviate(f.field()));
        if (field.isEmpty()) {
            return null;
        }
        String value = check.valid("fieldValue", text -> field.get().valueFrom(List.of(text)), f.fieldValue());
        return value == null ? null : Map.entry(field.get().id(), value);
    }
}
