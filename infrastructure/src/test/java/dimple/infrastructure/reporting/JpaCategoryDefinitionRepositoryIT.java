package dimple.infrastructure.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.reporting.CategoryDefinition;
import dimple.domain.reporting.CategoryDimension;
import dimple.infrastructure.persistence.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Category definitions on the database the build runs against (H2, and PostgreSQL when configured). */
class JpaCategoryDefinitionRepositoryIT {
    private final TestDatabase db = TestDatabase.migrated();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void aNewDatabase_hasNoDefinitions_andAWrittenOneComesBackAsSaved_alsoWhenRevisedLater() {
        List<CategoryDefinition> none = db.inTransaction(em -> new JpaCategoryDefinitionRepository(em).all());
        assertThat(none).isEmpty();
        CategoryDefinition nearMiss = CategoryDefinition.unwritten(CategoryDimension.KIND, "NEAR_MISS");
        nearMiss.describe("de", "Knapp vorbei – Größe", "Rechtzeitig bemerkt.");
        nearMiss.needRecoveryCase(true);
        db.run(em -> new JpaCategoryDefinitionRepository(em).save(nearMiss));
        db.run(em -> {
            CategoryDefinition stored = new JpaCategoryDefinitionRepository(em).all().get(0);
            stored.describe("en", "Close call", null);
            new JpaCategoryDefinitionRepository(em).save(stored);
        });

        List<CategoryDefinition> all = db.inTransaction(em -> new JpaCategoryDefinitionRepository(em).all());
        assertThat(all).hasSize(1);
        assertThat(all.get(0).name("de")).contains("Knapp vorbei – Größe");
        assertThat(all.get(0).name("en")).contains("Close call");
        assertThat(all.get(0).description("de")).contains("Rechtzeitig bemerkt.");
        assertThat(all.get(0).needsRecoveryCase()).isTrue();
        assertThat(all.get(0).key()).isEqualTo("NEAR_MISS");
    }
}
