package dimple.infrastructure.coaching;

import dimple.domain.coaching.AssessedReport;
import dimple.domain.coaching.Assessment;
import dimple.domain.coaching.Behaviour;
import dimple.domain.coaching.CoachingRecord;
import dimple.domain.coaching.CoachingViewer;
import dimple.domain.coaching.Conversation;
import dimple.domain.coaching.FourTests;
import dimple.domain.coaching.Response;
import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import dimple.domain.identity.Team;
import dimple.infrastructure.identity.JpaAccountRepository;
import dimple.infrastructure.identity.JpaTeamRepository;
import dimple.infrastructure.persistence.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A migrated database with the demo people (Front Desk: emma, lena leads; Online Orders: eli, leo leads; hana HR) stored. */
final class CoachingWorld implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    final TestDatabase db = TestDatabase.migrated();
    final Team frontDesk = Team.found("Front Desk", T0);
    final Team onlineOrders = Team.found("Online Orders", T0);
    final Account emma = person("emma", "Emma Employee", Set.of(Role.EMPLOYEE), frontDesk, null);
    final Account eli = person("eli", "Eli Employee", Set.of(Role.EMPLOYEE), onlineOrders, null);
    final Account lena = person("lena", "Lena Leader", Set.of(Role.EMPLOYEE, Role.LEADER), frontDesk, frontDesk);
    final Account leo = person("leo", "Leo Leader", Set.of(Role.EMPLOYEE, Role.LEADER), onlineOrders, onlineOrders);
    final Account hana = person("hana", "Hana HR", Set.of(Role.HR), null, null);
    private int created;

    CoachingWorld() {
        db.run(em -> {
            new JpaTeamRepository(em).save(frontDesk);
            new JpaTeamRepository(em).save(onlineOrders);
            for (Account a : List.of(emma, eli, lena, leo, hana)) {
                new JpaAccountRepository(em).save(a);
            }
        });
    }

    private static Account person(String username, String name, Set<Role> roles, Team member, Team leads) {
        Account account = Account.open(username, name, "hash", roles, T0);
        account.assignTeams(member == null ? Set.of() : Set.of(member.id()), leads == null ? Set.of() : Set.of(leads.id()));
        return account;
    }

    CoachingViewer coach(Account leader) {
        return new CoachingViewer(leader.id(), leader.leadsTeams(), false);
    }

    CoachingViewer employee(Account person) {
        return new CoachingViewer(person.id(), Set.of(), false);
    }

    CoachingViewer hr() {
        return new CoachingViewer(hana.id(), Set.of(), true);
    }

    static Conversation conversation(LocalDate held, String topic, List<String> lessons) {
        return new Conversation(held, topic, "Check the terminal log before a second attempt.", "Ran the payment twice.",
                "Ask the shift lead when unsure.", held.plusDays(14), lessons);
    }

    /** A draft written a little after the previous one, so that creation times differ. */
    CoachingRecord draft(Account coach, Account employee, Team team, LocalDate held, String topic) {
        return CoachingRecord.draft(coach.id(), employee.id(), team.id(), conversation(held, topic, List.of()), null,
                T0.plus(Duration.ofSeconds(++created)));
    }

    CoachingRecord shared(Account coach, Account employee, Team team, LocalDate held, String topic) {
        CoachingRecord record = draft(coach, employee, team, held, topic);
        record.share(coach.id(), T0.plus(Duration.ofSeconds(++created)));
        return record;
    }

    void store(CoachingRecord... records) {
        db.run(em -> {
            JpaCoachingRecordRepository repository = new JpaCoachingRecordRepository(em);
            for (CoachingRecord r : records) {
                repository.save(r);
            }
        });
    }

    Assessment assessment(Account subject, Account assessor, Team team, LocalDate retainUntil, Response response) {
        AssessedReport report = new AssessedReport(dimple.domain.shared.Ids.newId(), "R-2026-000001", team.id(), false, subject.id(),
                T0.minusSeconds(3600), T0);
        return Assessment.record(report, subject.id(), assessor.id(), team.id(), "Why we talk about it",
                FourTests.answered(false, true, true, true), Behaviour.AT_RISK, response, retainUntil, T0.plus(Duration.ofSeconds(++created)));
    }

    void store(Assessment assessment) {
        db.run(em -> new JpaAssessmentRepository(em).save(assessment));
    }

    @Override
    public void close() throws Exception {
        db.close();
    }
}
