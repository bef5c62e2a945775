package dimple.infrastructure.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.coaching.CoachingRecord;
import dimple.domain.coaching.CoachingRecordQuery;
import dimple.domain.coaching.CoachingStatus;
import dimple.domain.coaching.CoachingViewer;
import dimple.domain.coaching.EmployeeResponse;
import dimple.domain.shared.Ids;
import dimple.domain.shared.Page;
import dimple.domain.shared.PageRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaCoachingRecordRepositoryIT {
    private final CoachingWorld w = new CoachingWorld();

    @AfterEach
    void drop() throws Exception {
        w.close();
    }

    private CoachingRecord load(String id) {
        return w.db.inTransaction(em -> new JpaCoachingRecordRepository(em).findById(id)).orElseThrow();
    }

    private List<String> topics(CoachingRecordQuery query) {
        return w.db.inTransaction(em -> new JpaCoachingRecordRepository(em).search(query, PageRequest.first(100)))
                .items().stream().map(CoachingRecord::topic).toList();
    }

    private long count(String sql) throws Exception {
        try (Connection c = w.db.connection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void save_thenLoad_keepsTheWholeRecordWithLessonsCommentAndTimes() {
        String lesson = Ids.newId();
        String other = Ids.newId();
        CoachingRecord record = CoachingRecord.draft(w.lena.id(), w.emma.id(), w.frontDesk.id(),
                CoachingWorld.conversation(CoachingWorld.TODAY.minusDays(2), "Card terminal time-outs \uD83D\uDE42", List.of(other, lesson)),
                LocalDate.of(2027, 6, 30), Instant.parse("2026-11-23T10:00:00.123456Z"));
        record.share(w.lena.id(), Instant.parse("2026-11-23T11:00:00Z"));
        record.decline(w.emma.id(), "I followed the screen,\n\"exactly\".", Instant.parse("2026-11-24T08:30:00Z"));
        w.store(record);

        CoachingRecord loaded = load(record.id());

        assertThat(loaded.employeeAccountId()).isEqualTo(w.emma.id());
        assertThat(loaded.coachAccountId()).isEqualTo(w.lena.id());
        assertThat(loaded.teamId()).isEqualTo(w.frontDesk.id());
        assertThat(loaded.conversation()).isEqualTo(record.conversation());
        assertThat(loaded.lessonIds()).containsExactlyInAnyOrder(lesson, other).isSorted();
        assertThat(loaded.retainUntil()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(loaded.status()).isEqualTo(CoachingStatus.DECLINED);
        assertThat(loaded.employeeResponse()).isEqualTo(EmployeeResponse.DECLINED);
        assertThat(loaded.employeeComment()).isEqualTo("I followed the screen,\n\"exactly\".");
        assertThat(loaded.createdAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00.123456Z"));
        assertThat(loaded.sharedAt()).isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
        assertThat(loaded.respondedAt()).isEqualTo(Instant.parse("2026-11-24T08:30:00Z"));
        assertThat(loaded.assessmentId()).isNull();
    }

    @Test
    void save_changedRecord_isUpdatedAndCountsTheVersion() {
        CoachingRecord record = w.draft(w.lena, w.emma, w.frontDesk, CoachingWorld.TODAY, "Draft");
        w.store(record);
        long before = load(record.id()).version();

        w.db.run(em -> {
            JpaCoachingRecordRepository repository = new JpaCoachingRecordRepository(em);
            CoachingRecord stored = repository.findById(record.id()).orElseThrow();
            stored.revise(w.lena.id(), CoachingWorld.conversation(CoachingWorld.TODAY, "Revised", List.of(Ids.newId())), null);
            stored.share(w.lena.id(), CoachingWorld.T0);
            repository.save(stored);
        });

        CoachingRecord loaded = load(record.id());
        assertThat(loaded.topic()).isEqualTo("Revised");
        assertThat(loaded.lessonIds()).hasSize(1);
        assertThat(loaded.status()).isEqualTo(CoachingStatus.SHARED);
        assertThat(loaded.version()).isGreaterThan(before);
    }

    @Test
    void search_showsEachViewerWhatTheDomainSaysTheyMaySee() {
        w.store(w.draft(w.lena, w.emma, w.frontDesk, CoachingWorld.TODAY, "Draft about emma"),
                w.shared(w.lena, w.emma, w.frontDesk, CoachingWorld.TODAY.minusDays(1), "Shared with emma"),
                w.shared(w.leo, w.eli, w.onlineOrders, CoachingWorld.TODAY.minusDays(2), "Shared with eli"));
        CoachingViewer formerCoach = new CoachingViewer(w.lena.id(), java.util.Set.of(), false);

        assertThat(topics(CoachingRecordQuery.visibleTo(w.coach(w.lena)))).containsExactly("Draft about emma", "Shared with emma");
        assertThat(topics(CoachingRecordQuery.visibleTo(w.employee(w.emma)))).containsExactly("Shared with emma");
        assertThat(topics(CoachingRecordQuery.visibleTo(w.coach(w.leo)))).containsExactly("Shared with eli");
        assertThat(topics(CoachingRecordQuery.visibleTo(w.hr()))).containsExactly("Shared with emma", "Shared with eli");
        assertThat(topics(CoachingRecordQuery.visibleTo(w.employee(w.hana)))).isEmpty();
        assertThat(topics(CoachingRecordQuery.visibleTo(formerCoach))).isEmpty();
    }

    @Test
    void search_filtersNarrowAsTheInMemoryRulesDo() {
        LocalDate today = CoachingWorld.TODAY;
        CoachingRecord acknowledged = w.shared(w.lena, w.emma, w.frontDesk, today.minusDays(10), "Acknowledged");
        acknowledged.acknowledge(w.emma.id(), null, CoachingWorld.T0);
        w.store(acknowledged, w.shared(w.lena, w.emma, w.frontDesk, today.minusDays(3), "Shared"),
                w.shared(w.leo, w.eli, w.onlineOrders, today.minusDays(3), "Eli's"));
        CoachingViewer hr = w.hr();

        assertThat(topics(new CoachingRecordQuery(hr, w.frontDesk.id(), null, null, null, null, null))).containsExactly("Shared", "Acknowledged");
        assertThat(topics(new CoachingRecordQuery(hr, null, w.eli.id(), null, null, null, null))).containsExactly("Eli's");
        assertThat(topics(new CoachingRecordQuery(hr, null, null, w.lena.id(), null, null, null))).containsExactly("Shared", "Acknowledged");
        assertThat(topics(new CoachingRecordQuery(hr, null, null, null, today.minusDays(10), today.minusDays(10), null))).containsExactly("Acknowledged");
        assertThat(topics(new CoachingRecordQuery(hr, null, null, null, today.minusDays(9), null, null))).containsExactly("Eli's", "Shared");
        assertThat(topics(new CoachingRecordQuery(hr, null, null, null, null, null, CoachingStatus.ACKNOWLEDGED))).containsExactly("Acknowledged");
    }

    @Test
    void search_pagesKeepTheOrderAndTheTotal() {
        for (int i = 0; i < 5; i++) {
            w.store(w.shared(w.lena, w.emma, w.frontDesk, CoachingWorld.TODAY.minusDays(i), "Day " + i));
        }

        Page<CoachingRecord> second = w.db.inTransaction(em -> new JpaCoachingRecordRepository(em)
                .search(CoachingRecordQuery.visibleTo(w.hr()), new PageRequest(1, 2)));

        assertThat(second.items()).extracting(CoachingRecord::topic).containsExactly("Day 2", "Day 3");
        assertThat(second.total()).isEqualTo(5);
    }

    @Test
    void deleteRetainedUntilBefore_deletesOnlyWhatIsPastItsDay_withItsLessonLinks() throws Exception {
        CoachingRecord old = CoachingRecord.draft(w.lena.id(), w.emma.id(), w.frontDesk.id(),
                CoachingWorld.conversation(LocalDate.of(2024, 11, 1), "Old", List.of(Ids.newId(), Ids.newId())), LocalDate.of(2026, 11, 22),
                CoachingWorld.T0);
        CoachingRecord lastDay = CoachingRecord.draft(w.lena.id(), w.emma.id(), w.frontDesk.id(),
                CoachingWorld.conversation(LocalDate.of(2024, 11, 1), "Last day", List.of(Ids.newId())), LocalDate.of(2026, 11, 23),
                CoachingWorld.T0);
        w.store(old, lastDay);

        int deleted = w.db.inTransaction(em -> new JpaCoachingRecordRepository(em).deleteRetainedUntilBefore(CoachingWorld.TODAY));

        assertThat(deleted).isEqualTo(1);
        assertThat(topics(CoachingRecordQuery.visibleTo(w.coach(w.lena)))).containsExactly("Last day");
        assertThat(count("select count(*) from coaching_record_lesson")).isEqualTo(1);
    }

    @Test
    void pastRetention_isARecordPastItsOwnDayOrHeldBeforeTheOrganisationsPeriod_deletedInBatches() throws Exception {
        CoachingRecord pastItsDay = CoachingRecord.draft(w.lena.id(), w.emma.id(), w.frontDesk.id(),
                CoachingWorld.conversation(LocalDate.of(2025, 11, 1), "Past its day", List.of(Ids.newId())), LocalDate.of(2026, 11, 22),
                CoachingWorld.T0);
        CoachingRecord heldLongAgo = CoachingRecord.draft(w.lena.id(), w.emma.id(), w.frontDesk.id(),
                CoachingWorld.conversation(LocalDate.of(2024, 3, 1), "Held long ago", List.of()), LocalDate.of(2027, 1, 1), CoachingWorld.T0);
        CoachingRecord recent = CoachingRecord.draft(w.lena.id(), w.emma.id(), w.frontDesk.id(),
                CoachingWorld.conversation(LocalDate.of(2026, 10, 1), "Recent", List.of()), LocalDate.of(2027, 1, 1), CoachingWorld.T0);
        w.store(pastItsDay, heldLongAgo, recent);
        LocalDate keptFrom = LocalDate.of(2024, 11, 23);

        dimple.domain.retention.Due withoutPeriod = w.db.inTransaction(em -> new JpaCoachingRecordsPastRetention(em).due(CoachingWorld.TODAY, null));
        dimple.domain.retention.Due withPeriod = w.db.inTransaction(em -> new JpaCoachingRecordsPastRetention(em).due(CoachingWorld.TODAY, keptFrom));
        int first = w.db.inTransaction(em -> new JpaCoachingRecordsPastRetention(em).deleteNext(CoachingWorld.TODAY, keptFrom, 1));
        int second = w.db.inTransaction(em -> new JpaCoachingRecordsPastRetention(em).deleteNext(CoachingWorld.TODAY, keptFrom, 1));
        int third = w.db.inTransaction(em -> new JpaCoachingRecordsPastRetention(em).deleteNext(CoachingWorld.TODAY, keptFrom, 1));

        assertThat(withoutPeriod).isEqualTo(new dimple.domain.retention.Due(1, LocalDate.of(2025, 11, 1), 0));
        assertThat(withPeriod).isEqualTo(new dimple.domain.retention.Due(2, LocalDate.of(2024, 3, 1), 0));
        assertThat(List.of(first, second, third)).containsExactly(1, 1, 0);
        assertThat(topics(CoachingRecordQuery.visibleTo(w.coach(w.lena)))).containsExactly("Recent");
        assertThat(count("select count(*) from coaching_record_lesson")).isZero();
    }

    @Test
    void aRecordUnderALegalHold_isCountedAsHeld_andNeitherSweepDeletesIt() throws Exception {
        CoachingRecord held = CoachingRecord.draft(w.lena.id(), w.emma.id(), w.frontDesk.id(),
                CoachingWorld.conversation(LocalDate.of(2024, 3, 1), "Held for a tribunal", List.of(Ids.newId())), LocalDate.of(2026, 11, 22),
                CoachingWorld.T0);
        held.placeLegalHold(CoachingWorld.T0);
        CoachingRecord due = CoachingRecord.draft(w.lena.id(), w.emma.id(), w.frontDesk.id(),
                CoachingWorld.conversation(LocalDate.of(2024, 4, 1), "Due", List.of()), LocalDate.of(2026, 11, 22), CoachingWorld.T0);
        w.store(held, due);
        LocalDate keptFrom = LocalDate.of(2024, 11, 23);

        dimple.domain.retention.Due before = w.db.inTransaction(em -> new JpaCoachingRecordsPastRetention(em).due(CoachingWorld.TODAY, keptFrom));
        int swept = w.db.inTransaction(em -> new JpaCoachingRecordsPastRetention(em).deleteNext(CoachingWorld.TODAY, keptFrom, 10));
        int ownDates = w.db.inTransaction(em -> new JpaCoachingRecordRepository(em).deleteRetainedUntilBefore(CoachingWorld.TODAY));

        assertThat(before).isEqualTo(new dimple.domain.retention.Due(1, LocalDate.of(2024, 4, 1), 1));
        assertThat(swept).isEqualTo(1);
        assertThat(ownDates).isZero();
        assertThat(topics(CoachingRecordQuery.visibleTo(w.coach(w.lena)))).containsExactly("Held for a tribunal");
        assertThat(w.db.inTransaction(em -> new JpaCoachingRecordRepository(em).findById(held.id())).orElseThrow().legalHoldSince())
                .isEqualTo(CoachingWorld.T0);
    }

    @Test
    void teamRoster_listsEveryMemberOfTheTeamsOnce_leadersIncluded() {
        List<String> ids = w.db.inTransaction(em -> new JpaTeamRoster(em).accountIdsOf(List.of(w.frontDesk.id(), w.onlineOrders.id())));
        List<String> frontDesk = w.db.inTransaction(em -> new JpaTeamRoster(em).accountIdsOf(List.of(w.frontDesk.id())));

        assertThat(ids).containsExactlyInAnyOrder(w.emma.id(), w.lena.id(), w.eli.id(), w.leo.id());
        assertThat(frontDesk).containsExactlyInAnyOrder(w.emma.id(), w.lena.id());
        List<String> none = w.db.inTransaction(em -> new JpaTeamRoster(em).accountIdsOf(List.of()));
        assertThat(none).isEmpty();
    }
}
