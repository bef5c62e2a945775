package dimple.infrastructure.persistence;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java that converts existing rows where portable SQL cannot, in one transaction.
 * Its checksum is its version number: the conversion is never edited once released, so there is
 * nothing else for Flyway to compare.
 */
public abstract class RowConversion implements JavaMigration {
    private final int version;
    private final String description;

    protected RowConversion(int version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(version));
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return version;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
