package dimple.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.identity.Team;
import dimple.domain.shared.UniqueKeyTaken;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link Queries#save} asks of the entity manager: no look-up ever; a new or detached aggregate is
 * written at once (so rows keep the order the use case saves them in, and a taken name is refused at the
 * save); a loaded one is left to the flush at the end of the use case ({@link FlushBeforeCommit}).
 */
class QueriesSaveIT {
    private static final Instant FOUNDED = Instant.parse("2026-03-02T09:00:00Z");

    private final TestDatabase db = TestDatabase.migrated();
    private final List<String> calls = new ArrayList<>();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    /** The entity manager, telling which of the calls that reach the database it was asked for. */
    private EntityManager watched(EntityManager em) {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    if (List.of("find", "persist", "merge", "flush", "createQuery", "createNativeQuery").contains(method.getName())) {
                        calls.add(method.getName());
                    }
                    try {
                        return method.invoke(em, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private String nameOf(Team team) {
        return db.inTransaction(em -> em.find(Team.class, team.id()).name());
    }

    @Test
    void aNewAggregate_isPersistedAndWrittenAtOnce_withoutALookUp() {
        Team team = Team.found("Front Desk", FOUNDED);

        db.run(em -> Queries.save(watched(em), team));

        assertThat(calls).containsExactly("persist", "flush");
        assertThat(nameOf(team)).isEqualTo("Front Desk");
    }

    @Test
    void aLoadedAggregate_isLeftToTheFlushAtTheEndOfTheUseCase() {
        Team team = Team.found("Front Desk", FOUNDED);
        db.run(em -> Queries.save(em, team));

        db.run(em -> {
            Team loaded = em.find(Team.class, team.id());
            loaded.rename("Reception");
            Queries.save(watched(em), loaded);
        });

        assertThat(calls).isEmpty();
        assertThat(nameOf(team)).isEqualTo("Reception");
    }

    @Test
    void aDetachedAggregate_isMergedNotDuplicated_withoutALookUp() {
        Team team = Team.found("Front Desk", FOUNDED);
        db.run(em -> Queries.save(em, team));
        Team elsewhere = db.inTransaction(em -> em.find(Team.class, team.id()));
        elsewhere.rename("Reception");

        db.run(em -> Queries.save(watched(em), elsewhere));

        assertThat(calls).containsExactly("merge", "flush");
        List<Team> stored = db.inTransaction(em -> em.createQuery("select t from Team t", Team.class).getResultList());
        assertThat(stored).extracting(Team::name).containsExactly("Reception");
    }

    @Test
    void aTakenName_isRefusedAtTheSave() {
        db.run(em -> Queries.save(em, Team.found("Front Desk", FOUNDED)));

        assertThatThrownBy(() -> db.run(em -> {
            try {
                Queries.save(em, Team.found("Front Desk", FOUNDED));
            } catch (UniqueKeyTaken refused) {
                calls.add("refused at the save");
                throw refused;
            }
        })).isInstanceOf(UniqueKeyTaken.class);
        assertThat(calls).containsExactly("refused at the save");
    }
}
