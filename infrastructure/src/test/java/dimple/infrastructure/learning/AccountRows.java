package dimple.infrastructure.learning;

import dimple.domain.identity.Account;
import jakarta.persistence.EntityManager;

/**
 * Accounts written as rows, for the migration tests that stop at an earlier version: {@link Account} maps columns
 * added later (its mail address, V42), so saving the entity into an older schema fails.
 */
final class AccountRows {
    private AccountRows() {
    }

    static void insert(EntityManager em, Account account) {
        em.createNativeQuery("insert into account (id, username, display_name, password_hash, enabled, created_at, password_changed_at)"
                + " values (?, ?, ?, 'hash', true, current_timestamp, current_timestamp)")
                .setParameter(1, account.id()).setParameter(2, account.username()).setParameter(3, account.displayName()).executeUpdate();
    }
}
