package dimple.infrastructure.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.recovery.LetterPlaceholder;
import dimple.domain.recovery.LetterTemplate;
import dimple.domain.recovery.LetterText;
import dimple.infrastructure.persistence.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Letter templates on the database the build runs against (H2, and PostgreSQL when configured). */
class JpaLetterTemplateRepositoryIT {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    private final TestDatabase db = TestDatabase.migrated();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void aNewDatabase_startsWithAnEnglishAndAGermanTemplate_whoseLinesAndPlaceholdersFill() {
        List<LetterTemplate> seeded = db.inTransaction(em -> new JpaLetterTemplateRepository(em).all());

        assertThat(seeded).extracting(LetterTemplate::language).containsExactly("de", "en");
        LetterText english = seeded.get(1).fill(Map.of(LetterPlaceholder.CUSTOMER_REFERENCE, "Order 4711", LetterPlaceholder.REMEDY, "a full refund",
                LetterPlaceholder.FOLLOW_UP_DATE, "14 December 2026", LetterPlaceholder.SIGNED_BY, "Dana Leader", LetterPlaceholder.TEAM_NAME, "Front Desk"));
        assertThat(english.subject()).contains("Order 4711");
        assertThat(english.body()).startsWith("Dear customer,\n\n").contains("a full refund", "14 December 2026").endsWith("Dana Leader\nFront Desk")
                .doesNotContain("{");
        assertThat(seeded.get(0).body()).contains("Mit freundlichen Grüßen\n{signedBy}");
    }

    @Test
    void aRevisedAndARetiredTemplate_comeBackAsSaved() {
        LetterTemplate template = LetterTemplate.define("Late delivery", "en", "About {customerReference}", "We are sorry. {signedBy}", T0);
        db.run(em -> new JpaLetterTemplateRepository(em).save(template));
        db.run(em -> {
            LetterTemplate stored = new JpaLetterTemplateRepository(em).findById(template.id()).orElseThrow();
            stored.revise("Late delivery", "en", "About {customerReference}", "We are very sorry. {signedBy}");
            stored.retire(T0.plusSeconds(60));
        });

        LetterTemplate again = db.inTransaction(em -> new JpaLetterTemplateRepository(em).findById(template.id()).orElseThrow());
        assertThat(again.body()).isEqualTo("We are very sorry. {signedBy}");
        assertThat(again.retiredAt()).isEqualTo(T0.plusSeconds(60));
        List<LetterTemplate> all = db.inTransaction(em -> new JpaLetterTemplateRepository(em).all());
        assertThat(all).hasSize(3);
    }
}
