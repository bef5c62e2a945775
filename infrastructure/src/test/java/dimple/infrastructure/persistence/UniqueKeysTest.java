package dimple.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.shared.UniqueKeyTaken;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class UniqueKeysTest {
    /** What H2 2.2 really throws for a second row with a taken unique key (or for another broken constraint). */
    private static SQLException fromH2(String secondInsert) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:");
             Statement statement = connection.createStatement()) {
            statement.execute("create table team (id int primary key, name varchar(20) not null, constraint team_name_unique unique (name))");
            statement.execute("insert into team values (1, 'Front Desk')");
            try {
                statement.execute(secondInsert);
            } catch (SQLException refused) {
                return refused;
            }
        }
        throw new AssertionError("H2 took " + secondInsert);
    }

    /** How the container hands it on: EclipseLink, JPA, and at a commit JTA and the transactional interceptor. */
    private static RuntimeException wrapped(SQLException sql) {
        PersistenceException jpa = new PersistenceException(DatabaseException.sqlException(sql));
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(jpa);
        return new TransactionalException("the transaction was rolled back", rollback);
    }

    @Test
    void aTakenUniqueKey_isToldFromH2_atTheStatementAndAtTheCommit() throws SQLException {
        SQLException h2 = fromH2("insert into team values (2, 'Front Desk')");

        assertThat(UniqueKeys.violatedIn(new PersistenceException(DatabaseException.sqlException(h2)))).isTrue();
        assertThat(UniqueKeys.violatedIn(wrapped(h2))).isTrue();
        assertThat(UniqueKeys.translated(wrapped(h2))).isInstanceOf(UniqueKeyTaken.class)
                .hasMessageNotContaining("Front Desk");
    }

    @Test
    void aTakenUniqueKey_isToldFromPostgreSql_alsoAsTheNextExceptionOfABatch() {
        PSQLException postgres = new PSQLException("ERROR: duplicate key value violates unique constraint \"team_name_unique\"",
                PSQLState.UNIQUE_VIOLATION);
        SQLException batch = new SQLException("Batch entry 0 insert into team was aborted", "40000");
        batch.setNextException(postgres);

        assertThat(UniqueKeys.violatedIn(wrapped(postgres))).isTrue();
        assertThat(UniqueKeys.violatedIn(new PersistenceException(DatabaseException.sqlException(batch)))).isTrue();
    }

    @Test
    void otherFailures_areNotATakenKey_andAreHandedOnUnchanged() throws SQLException {
        SQLException nullName = fromH2("insert into team values (2, null)");
        PSQLException foreignKey = new PSQLException("ERROR: insert or update violates foreign key constraint", PSQLState.FOREIGN_KEY_VIOLATION);
        RuntimeException stale = new OptimisticLockException("version 3 changed");

        assertThat(UniqueKeys.violatedIn(wrapped(nullName))).isFalse();
        assertThat(UniqueKeys.violatedIn(wrapped(foreignKey))).isFalse();
        assertThat(UniqueKeys.translated(stale)).isSameAs(stale);
        assertThat(UniqueKeys.violatedIn(null)).isFalse();
    }

    @Test
    void aLockTimeoutOrADeadlock_ofEitherVendor_becomesAPessimisticLockFailure_thatAUseCaseMayRunAgain() {
        SQLException h2Timeout = new SQLException("Timeout trying to lock table", "HYT00", 50200);
        PSQLException postgresDeadlock = new PSQLException("ERROR: deadlock detected", PSQLState.DEADLOCK_DETECTED);

        assertThat(UniqueKeys.translated(new PersistenceException(DatabaseException.sqlException(h2Timeout))))
                .isInstanceOf(jakarta.persistence.PessimisticLockException.class);
        assertThat(UniqueKeys.lockContentionIn(wrapped(postgresDeadlock))).isTrue();
        assertThat(UniqueKeys.violatedIn(new PersistenceException(DatabaseException.sqlException(h2Timeout)))).isFalse();
    }
}
