package dimple.infrastructure.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.identity.Team;
import dimple.infrastructure.persistence.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaTeamRepositoryIT {
    private static final Instant FOUNDED = Instant.parse("2026-03-02T09:00:00Z");

    private final TestDatabase db = TestDatabase.migrated();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private Team save(String name) {
        Team team = Team.found(name, FOUNDED);
        db.run(em -> new JpaTeamRepository(em).save(team));
        return team;
    }

    @Test
    void findByName_ignoresCase() {
        Team frontDesk = save("Front Desk");

        Optional<Team> otherCase = db.inTransaction(em -> new JpaTeamRepository(em).findByName("FRONT desk"));
        Optional<Team> partOfTheName = db.inTransaction(em -> new JpaTeamRepository(em).findByName("Front"));

        assertThat(otherCase).get().extracting(Team::id).isEqualTo(frontDesk.id());
        assertThat(partOfTheName).isEmpty();
    }

    @Test
    void rename_isStoredAndFindAllIsOrderedByName() {
        Team frontDesk = save("Front Desk");
        save("Online Orders");
        db.run(em -> {
            JpaTeamRepository teams = new JpaTeamRepository(em);
            Team stored = teams.findById(frontDesk.id()).orElseThrow();
            stored.rename("Reception");
            teams.save(stored);
        });

        List<Team> all = db.inTransaction(em -> new JpaTeamRepository(em).findAll());
        List<Team> byId = db.inTransaction(em -> new JpaTeamRepository(em).findByIds(List.of(frontDesk.id())));

        assertThat(all).extracting(Team::name).containsExactly("Online Orders", "Reception");
        assertThat(byId).extracting(Team::name).containsExactly("Reception");
    }

    @Test
    void save_nameOfEightyCharacters_fitsTheColumn() {
        save("x".repeat(Team.MAX_NAME_LENGTH));

        List<Team> all = db.inTransaction(em -> new JpaTeamRepository(em).findAll());

        assertThat(all).singleElement().extracting(Team::name).isEqualTo("x".repeat(80));
    }

    @Test
    void save_nameOfEightyEmoji_fitsTheColumn() {
        String name = "\uD83D\uDE42".repeat(Team.MAX_NAME_LENGTH);
        save(name);

        List<Team> all = db.inTransaction(em -> new JpaTeamRepository(em).findAll());

        assertThat(all).singleElement().extracting(Team::name).isEqualTo(name);
    }
}
