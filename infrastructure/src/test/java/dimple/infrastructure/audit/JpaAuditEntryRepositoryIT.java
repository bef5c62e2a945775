package dimple.infrastructure.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.audit.AuditEntry;
import dimple.domain.audit.AuditQuery;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import dimple.infrastructure.persistence.TestDatabase;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaAuditEntryRepositoryIT {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final TestDatabase db = TestDatabase.migrated();

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private void append(int secondsAfterT0, String actor, String action) {
        db.run(em -> new JpaAuditEntryRepository(em).append(AuditEntry.of(T0.plusSeconds(secondsAfterT0), actor, action, "target", null)));
    }

    private Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        return db.inTransaction(em -> new JpaAuditEntryRepository(em).search(query, page));
    }

    private void givenATypicalMorning() {
        append(0, "ada", "SIGNED_IN");
        append(60, "anonymous", "SIGN_IN_FAILED");
        append(120, "emma", "SIGNED_IN");
        append(180, "ada", "TEAM_CREATED");
        append(240, "ada", "ACCOUNT_CREATED");
        append(300, "system", "ACCOUNT_LOCKED");
    }

    @Test
    void search_everything_isNewestFirstWithTheTotal() {
        givenATypicalMorning();

        Page<AuditEntry> page = search(AuditQuery.everything(), PageRequest.first(20));

        assertThat(page.items()).extracting(AuditEntry::action).containsExactly(
                "ACCOUNT_LOCKED", "ACCOUNT_CREATED", "TEAM_CREATED", "SIGNED_IN", "SIGN_IN_FAILED", "SIGNED_IN");
        assertThat(page.total()).isEqualTo(6);
    }

    @Test
    void search_byAction_findsOnlyThatAction() {
        givenATypicalMorning();

        Page<AuditEntry> page = search(new AuditQuery("SIGNED_IN", null, null, null), PageRequest.first(20));

        assertThat(page.items()).extracting(AuditEntry::actor).containsExactly("emma", "ada");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void search_byActor_matchesExactly() {
        givenATypicalMorning();

        assertThat(search(new AuditQuery(null, "ada", null, null), PageRequest.first(20)).items()).extracting(AuditEntry::action)
                .containsExactly("ACCOUNT_CREATED", "TEAM_CREATED", "SIGNED_IN");
        assertThat(search(new AuditQuery(null, "ad", null, null), PageRequest.first(20)).total()).isZero();
        assertThat(search(new AuditQuery(null, "ADA", null, null), PageRequest.first(20)).total()).isZero();
    }

    @Test
    void search_fromIsInclusiveAndToExclusive() {
        givenATypicalMorning();

        Page<AuditEntry> page = search(new AuditQuery(null, null, T0.plusSeconds(60), T0.plusSeconds(240)), PageRequest.first(20));

        assertThat(page.items()).extracting(AuditEntry::at).containsExactly(T0.plusSeconds(180), T0.plusSeconds(120), T0.plusSeconds(60));
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void search_timeFilters_workInUtcWhateverTheServersTimeZone() {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
        try {
            givenATypicalMorning();

            Page<AuditEntry> page = search(new AuditQuery(null, null, T0.plusSeconds(120), T0.plusSeconds(121)), PageRequest.first(20));

            assertThat(page.items()).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo("emma");
                assertThat(e.at()).isEqualTo(T0.plusSeconds(120));
            });
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void search_allFiltersTogether_narrowEachOther() {
        givenATypicalMorning();

        Page<AuditEntry> page = search(new AuditQuery("SIGNED_IN", "ada", T0, T0.plusSeconds(300)), PageRequest.first(20));

        assertThat(page.items()).singleElement().extracting(AuditEntry::at).isEqualTo(T0);
    }

    @Test
    void search_pages_giveTheRightSliceAndTheFullTotal() {
        givenATypicalMorning();

        Page<AuditEntry> second = search(AuditQuery.everything(), new PageRequest(1, 4));
        Page<AuditEntry> adasSecond = search(new AuditQuery(null, "ada", null, null), new PageRequest(1, 2));

        assertThat(second.items()).extracting(AuditEntry::at).containsExactly(T0.plusSeconds(60), T0);
        assertThat(second.total()).isEqualTo(6);
        assertThat(adasSecond.items()).extracting(AuditEntry::at).containsExactly(T0);
        assertThat(adasSecond.total()).isEqualTo(3);
    }

    @Test
    void append_keepsEveryFieldIncludingTheEscapedTextAndMicroseconds() {
        Instant at = Instant.parse("2026-03-02T09:00:00.654321Z");
        String longDetail = "x".repeat(1999) + "\uD83D\uDE42".repeat(10);
        AuditEntry entry = AuditEntry.of(at, "ada", "ACCOUNT_CHANGED", "emma\nadmin", longDetail);
        db.run(em -> new JpaAuditEntryRepository(em).append(entry));

        AuditEntry loaded = search(AuditQuery.everything(), PageRequest.first(1)).items().get(0);

        assertThat(loaded.id()).isEqualTo(entry.id());
        assertThat(loaded.at()).isEqualTo(at);
        assertThat(loaded.target()).isEqualTo("emma\\nadmin");
        assertThat(loaded.detail()).isEqualTo(entry.detail()).hasSizeLessThanOrEqualTo(AuditEntry.MAX_DETAIL);
    }
}
