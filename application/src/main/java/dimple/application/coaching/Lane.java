package dimple.application.coaching;

import dimple.application.identity.CurrentActor;
import dimple.application.shared.Check;
import dimple.application.shared.CurrentUser;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.StaleRecord;
import dimple.domain.coaching.CoachingRecord;
import dimple.domain.coaching.CoachingRecordQuery;
import dimple.domain.coaching.CoachingRecordRepository;
import dimple.domain.coaching.CoachingStatus;
import dimple.domain.coaching.CoachingViewer;
import dimple.domain.identity.Account;
import dimple.domain.identity.AccountRepository;
import dimple.domain.identity.Permission;
import dimple.domain.identity.Team;
import dimple.domain.identity.TeamRepository;
import dimple.domain.shared.Ids;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the lane's services share: who is asking, what they may see, and names for ids. */
final class Lane {
    private final AccountRepository accounts;
    private final TeamRepository teams;
    private final TeamRoster roster;
    private final CurrentUser currentUser;
    private final CurrentActor actor;

    Lane(AccountRepository accounts, TeamRepository teams, TeamRoster roster, CurrentUser currentUser, CurrentActor actor) {
        this.accounts = accounts;
        this.teams = teams;
        this.roster = roster;
        this.currentUser = currentUser;
        this.actor = actor;
    }

    Account me() {
        return actor.account(accounts);
    }

    /** HR reads every shared record; everyone else what they are part of. */
    CoachingViewer viewer(Account me) {
        return new CoachingViewer(me.id(), me.leadsTeams(), currentUser.isPermitted(Permission.COACHING_READ_ALL));
    }

    /** A coaching record this person may see; any other id, or one that is no id, is not found (404). */
    CoachingRecord visibleRecord(CoachingRecordRepository records, String id, Account me) {
        if (!Ids.looksLikeId(id)) {
            throw new RecordNotFound("coachingRecord");
        }
        CoachingViewer viewer = viewer(me);
        return records.findById(id).filter(r -> r.isVisibleTo(viewer)).orElseThrow(() -> new RecordNotFound("coachingRecord"));
    }

    Optional<Account> byUsername(String username) {
        return username == null || !Account.isValidUsername(username.strip()) ? Optional.empty() : accounts.findByUsername(username.strip());
    }

    /**
     * The team of {@code person} that {@code leader} leads, preferring {@code preferred}, else the first
     * by name; empty when the leader leads none of the person's teams.
     */
    Optional<String> ledTeamOf(Account leader, Account person, String preferred) {
        if (preferred != null && leader.leads(preferred) && person.isMemberOf(preferred)) {
            return Optional.of(preferred);
        }
        Map<String, String> names = teamNames();
        return person.memberOf().stream().filter(leader::leads)
                .min(Comparator.comparing((String id) -> names.getOrDefault(id, "")).thenComparing(Function.identity()));
    }

    /** Members of the teams this leader leads, except the leader, by name. */
    List<PersonOption> membersLedBy(Account leader) {
        Map<String, String> names = teamNames();
        return accounts.findByIds(roster.accountIdsOf(leader.leadsTeams())).stream()
                .filter(a -> !a.id().equals(leader.id()) && a.enabled())
                .map(a -> new PersonOption(a.username(), a.displayName(),
                        ledTeamOf(leader, a, null).map(names::get).orElse("")))
                .sorted(Comparator.comparing(PersonOption::displayName, String.CASE_INSENSITIVE_ORDER).thenComparing(PersonOption::username))
                .toList();
    }

    Map<String, Account> accountsById(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? Map.of() : accounts.findByIds(wanted).stream().collect(Collectors.toMap(Account::id, Function.identity()));
    }

    Map<String, String> teamNames() {
        return teams.findAll().stream().collect(Collectors.toMap(Team::id, Team::name));
    }

    Optional<Team> teamNamed(String name) {
        return name == null || name.isBlank() ? Optional.empty() : teams.findByName(name.strip());
    }

    /**
     * Turns a filter into a query for this viewer. A team that does not exist, an unknown status or days
     * in the wrong order are refused (400). An employee or coach that does not exist is refused too when
     * {@code refuseUnknownPeople} (HR's export); otherwise the answer is empty: nothing can match.
     */
    Optional<CoachingRecordQuery> query(CoachingViewer viewer, CoachingFilter f, boolean refuseUnknownPeople) {
        return query(viewer, f, refuseUnknownPeople, Check.input());
    }

    /** As above, adding the filter's problems to those already found, so that all are reported at once. */
    Optional<CoachingRecordQuery> query(CoachingViewer viewer, CoachingFilter f, boolean refuseUnknownPeople, Check check) {
        check.maxLength("team", Lane.strip(f.team()), Team.MAX_NAME_LENGTH, "field.team")
                .maxLength("employee", Lane.strip(f.employee()), 40, "field.employee")
                .maxLength("coach", Lane.strip(f.coach()), 40, "field.coach")
                .that(f.from() == null || f.to() == null || !f.from().isAfter(f.to()), "from", "input.fromAfterTo");
        CoachingStatus status = check.known("status", f.status(), CoachingStatus.class, "field.status");
        Optional<Team> team = teamNamed(f.team());
        check.that(f.team() == null || f.team().isBlank() || team.isPresent(), "team", "input.team.unknown", abbreviate(f.team()));
        Optional<Account> employee = byUsername(f.employee());
        Optional<Account> coach = byUsername(f.coach());
        if (refuseUnknownPeople) {
            check.that(!isGiven(f.employee()) || employee.isPresent(), "employee", "input.username.nobody")
                    .that(!isGiven(f.coach()) || coach.isPresent(), "coach", "input.username.nobody");
        }
        check.orRefuse();
        if ((isGiven(f.employee()) && employee.isEmpty()) || (isGiven(f.coach()) && coach.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new CoachingRecordQuery(viewer, team.map(Team::id).orElse(null), employee.map(Account::id).orElse(null),
                coach.map(Account::id).orElse(null), f.from(), f.to(), status));
    }

    /** The filter as the audit trail records it: its criteria, or "all records". */
    static String describe(CoachingFilter f) {
        String criteria = criteria(f);
        return criteria.isEmpty() ? "all records" : criteria;
    }

    /** The filter's criteria as {@code name=value} pairs, empty when it selects every record. */
    static String criteria(CoachingFilter f) {
        StringBuilder text = new StringBuilder();
        append(text, "team", f.team());
        append(text, "employee", f.employee());
        append(text, "coach", f.coach());
        append(text, "from", f.from() == null ? null : f.from().toString());
        append(text, "to", f.to() == null ? null : f.to().toString());
        append(text, "status", f.status());
        return text.toString();
    }

    private static void append(StringBuilder text, String name, String value) {
        if (isGiven(value)) {
            text.append(text.length() == 0 ? "" : ", ").append(name).append('=').append(value.strip());
        }
    }

    private static boolean isGiven(String text) {
        return text != null && !text.isBlank();
    }

    private static String abbreviate(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }

    static void checkVersion(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new StaleRecord();
        }
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
