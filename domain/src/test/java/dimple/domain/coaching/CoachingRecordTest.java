package dimple.domain.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dimple.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoachingRecordTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate HELD = LocalDate.of(2026, 11, 20);
    private static final String EMMA = Ids.newId();
    private static final String LENA = Ids.newId();
    private static final String HANA = Ids.newId();
    private static final String FRONT_DESK = Ids.newId();
    private static final String LESSON = Ids.newId();

    private static Conversation conversation(String topic) {
        return new Conversation(HELD, topic, "Payments are checked in the terminal log before a retry",
                "Ran the payment twice after a time-out", "Check the log first; ask the shift lead when unsure",
                HELD.plusDays(14), List.of(LESSON));
    }

    private static CoachingRecord draft() {
        return CoachingRecord.draft(LENA, EMMA, FRONT_DESK, conversation("Card terminal time-outs"), null, NOW);
    }

    private static CoachingRecord shared() {
        CoachingRecord record = draft();
        record.share(LENA, NOW.plusSeconds(60));
        return record;
    }

    private static Assessment assessment(Response response) {
        AssessedReport report = new AssessedReport(Ids.newId(), "R-2026-000001", FRONT_DESK, false, EMMA, NOW.minusSeconds(600), NOW);
        return Assessment.record(report, EMMA, LENA, FRONT_DESK, "why", FourTests.answered(false, false, true, true), Behaviour.AT_RISK,
                response, null, NOW);
    }

    @Test
    void draft_keepsTheConversationAndStartsAsADraftKeptForTwoYears() {
        CoachingRecord record = draft();

        assertThat(record.status()).isEqualTo(CoachingStatus.DRAFT);
        assertThat(record.topic()).isEqualTo("Card terminal time-outs");
        assertThat(record.heldOn()).isEqualTo(HELD);
        assertThat(record.followUpOn()).isEqualTo(HELD.plusDays(14));
        assertThat(record.lessonIds()).containsExactly(LESSON);
        assertThat(record.retainUntil()).isEqualTo(HELD.plusYears(2));
        assertThat(record.createdAt()).isEqualTo(NOW);
        assertThat(record.assessmentId()).isNull();
        assertThat(record.sharedAt()).isNull();
        assertThat(record.employeeResponse()).isNull();
    }

    @Test
    void draft_aboutOneself_isRefused() {
        assertThatThrownBy(() -> CoachingRecord.draft(LENA, LENA, FRONT_DESK, conversation("x"), null, NOW))
                .isInstanceOf(NobodyCoachesThemselves.class);
    }

    @Test
    void conversation_followUpBeforeTheConversationOrBlankTexts_areRefused() {
        assertThatThrownBy(() -> new Conversation(HELD, "t", "e", "o", "a", HELD.minusDays(1), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Conversation(HELD, " ", "e", "o", "a", HELD, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Conversation(HELD, "t", "e", "o", "a", HELD, List.of("not-an-id"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Conversation(HELD, " t ", "e", "o", "a", HELD, List.of(LESSON, LESSON)).lessonIds()).containsExactly(LESSON);
    }

    @Test
    void draftFrom_assessmentWithCoachResponse_isAboutThePersonAssessed() {
        Assessment assessment = assessment(Response.COACH);

        CoachingRecord record = CoachingRecord.draftFrom(assessment, LENA, conversation("Retry only after checking"), null, NOW);

        assertThat(record.assessmentId()).isEqualTo(assessment.id());
        assertThat(record.isAbout(EMMA)).isTrue();
        assertThat(record.teamId()).isEqualTo(FRONT_DESK);
    }

    @Test
    void draftFrom_assessmentThatConsoled_isRefused() {
        assertThatThrownBy(() -> CoachingRecord.draftFrom(assessment(Response.CONSOLE), LENA, conversation("x"), null, NOW))
                .isInstanceOf(AssessmentDidNotCallForCoaching.class);
    }

    @Test
    void revise_draftByItsCoach_changesTheContent() {
        CoachingRecord record = draft();

        record.revise(LENA, conversation("Card terminal time-outs, second talk"), HELD.plusYears(1));

        assertThat(record.topic()).isEqualTo("Card terminal time-outs, second talk");
        assertThat(record.retainUntil()).isEqualTo(HELD.plusYears(1));
    }

    @Test
    void revise_byAnyoneButTheCoach_isRefused() {
        assertThatThrownBy(() -> draft().revise(EMMA, conversation("mine now"), null)).isInstanceOf(OnlyTheCoachChangesTheRecord.class);
    }

    @Test
    void revise_afterSharing_isRefusedBecauseTheEmployeeRespondsToWhatTheyRead() {
        CoachingRecord record = shared();

        assertThatThrownBy(() -> record.revise(LENA, conversation("changed later"), null)).isInstanceOf(SharedRecordIsFrozen.class);
        assertThat(record.topic()).isEqualTo("Card terminal time-outs");
    }

    @Test
    void share_movesTheDraftToSharedOnce() {
        CoachingRecord record = draft();

        record.share(LENA, NOW.plusSeconds(60));

        assertThat(record.status()).isEqualTo(CoachingStatus.SHARED);
        assertThat(record.sharedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> record.share(LENA, NOW.plusSeconds(120))).isInstanceOf(SharedRecordIsFrozen.class);
    }

    @Test
    void share_byTheEmployee_isRefused() {
        assertThatThrownBy(() -> draft().share(EMMA, NOW)).isInstanceOf(OnlyTheCoachChangesTheRecord.class);
    }

    @Test
    void acknowledge_sharedRecord_keepsTheOptionalComment() {
        CoachingRecord record = shared();
        Instant at = NOW.plus(Duration.ofDays(1));

        record.acknowledge(EMMA, "  Thanks, the log tip helps.  ", at);

        assertThat(record.status()).isEqualTo(CoachingStatus.ACKNOWLEDGED);
        assertThat(record.employeeResponse()).isEqualTo(EmployeeResponse.ACKNOWLEDGED);
        assertThat(record.employeeComment()).isEqualTo("Thanks, the log tip helps.");
        assertThat(record.respondedAt()).isEqualTo(at);
    }

    @Test
    void acknowledge_withoutComment_isFine() {
        CoachingRecord record = shared();

        record.acknowledge(EMMA, "  ", NOW);

        assertThat(record.status()).isEqualTo(CoachingStatus.ACKNOWLEDGED);
        assertThat(record.employeeComment()).isNull();
    }

    @Test
    void decline_withComment_keepsTheCommentWithTheRecord() {
        CoachingRecord record = shared();

        record.decline(EMMA, "The terminal showed no error; I followed the screen.", NOW);

        assertThat(record.status()).isEqualTo(CoachingStatus.DECLINED);
        assertThat(record.employeeResponse()).isEqualTo(EmployeeResponse.DECLINED);
        assertThat(record.employeeComment()).isEqualTo("The terminal showed no error; I followed the screen.");
    }

    @Test
    void decline_withoutComment_isRefusedAndLeavesTheRecordWaiting() {
        CoachingRecord record = shared();

        assertThatThrownBy(() -> record.decline(EMMA, " ", NOW)).isInstanceOf(DecliningNeedsAComment.class);
        assertThat(record.status()).isEqualTo(CoachingStatus.SHARED);
        assertThat(record.employeeResponse()).isNull();
    }

    @Test
    void respond_bySomeoneElseThanTheEmployee_isRefused() {
        CoachingRecord record = shared();

        assertThatThrownBy(() -> record.acknowledge(LENA, null, NOW)).isInstanceOf(OnlyTheEmployeeResponds.class);
        assertThatThrownBy(() -> record.decline(HANA, "no", NOW)).isInstanceOf(OnlyTheEmployeeResponds.class);
    }

    @Test
    void respond_toADraft_isRefused() {
        assertThatThrownBy(() -> draft().acknowledge(EMMA, null, NOW))
                .isInstanceOf(ResponseNotAwaited.class).hasMessage("rule.responseNotAwaited.draft");
    }

    @Test
    void respond_twice_isRefusedAndKeepsTheFirstAnswer() {
        CoachingRecord record = shared();
        record.decline(EMMA, "I disagree.", NOW);

        assertThatThrownBy(() -> record.acknowledge(EMMA, "Changed my mind", NOW.plusSeconds(1)))
                .isInstanceOf(ResponseNotAwaited.class).hasMessage("rule.responseNotAwaited.responded");
        assertThat(record.employeeResponse()).isEqualTo(EmployeeResponse.DECLINED);
        assertThat(record.employeeComment()).isEqualTo("I disagree.");
    }

    @Test
    void comment_overTwoThousandCharacters_isRefused() {
        assertThatThrownBy(() -> shared().acknowledge(EMMA, "x".repeat(2001), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void close_afterAcknowledgeOrDecline_keepsTheEmployeesResponse() {
        CoachingRecord acknowledged = shared();
        acknowledged.acknowledge(EMMA, "ok", NOW);
        CoachingRecord declined = shared();
        declined.decline(EMMA, "not ok", NOW);

        acknowledged.close(LENA, NOW.plusSeconds(5));
        declined.close(LENA, NOW.plusSeconds(5));

        assertThat(acknowledged.status()).isEqualTo(CoachingStatus.CLOSED);
        assertThat(acknowledged.employeeResponse()).isEqualTo(EmployeeResponse.ACKNOWLEDGED);
        assertThat(declined.status()).isEqualTo(CoachingStatus.CLOSED);
        assertThat(declined.employeeComment()).isEqualTo("not ok");
        assertThat(declined.closedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void close_beforeTheEmployeeResponded_orTwice_isRefused() {
        assertThatThrownBy(() -> draft().close(LENA, NOW)).isInstanceOf(RecordCannotBeClosedYet.class).hasMessage("rule.recordCannotBeClosedYet.draft");
        assertThatThrownBy(() -> shared().close(LENA, NOW)).isInstanceOf(RecordCannotBeClosedYet.class).hasMessage("rule.recordCannotBeClosedYet.shared");
        CoachingRecord record = shared();
        record.acknowledge(EMMA, null, NOW);
        record.close(LENA, NOW);
        assertThatThrownBy(() -> record.close(LENA, NOW)).isInstanceOf(RecordCannotBeClosedYet.class).hasMessage("rule.recordCannotBeClosedYet.closed");
    }

    @Test
    void close_byTheEmployee_isRefused() {
        CoachingRecord record = shared();
        record.acknowledge(EMMA, null, NOW);

        assertThatThrownBy(() -> record.close(EMMA, NOW)).isInstanceOf(OnlyTheCoachChangesTheRecord.class);
    }

    @Test
    void isVisibleTo_draftOnlyToItsCoach_sharedAlsoToTheEmployeeAndHr() {
        CoachingViewer coach = new CoachingViewer(LENA, Set.of(FRONT_DESK), false);
        CoachingViewer employee = new CoachingViewer(EMMA, Set.of(), false);
        CoachingViewer hr = new CoachingViewer(HANA, Set.of(), true);
        CoachingViewer coLeader = new CoachingViewer(Ids.newId(), Set.of(FRONT_DESK), false);
        CoachingViewer formerCoach = new CoachingViewer(LENA, Set.of(), false);
        CoachingRecord draft = draft();
        CoachingRecord shared = shared();

        assertThat(draft.isVisibleTo(coach)).isTrue();
        assertThat(draft.isVisibleTo(employee)).isFalse();
        assertThat(draft.isVisibleTo(hr)).isFalse();
        assertThat(shared.isVisibleTo(coach)).isTrue();
        assertThat(shared.isVisibleTo(employee)).isTrue();
        assertThat(shared.isVisibleTo(hr)).isTrue();
        assertThat(shared.isVisibleTo(coLeader)).isFalse();
        assertThat(shared.isVisibleTo(formerCoach)).isFalse();
    }

    @Test
    void query_narrowsByTeamEmployeeCoachDaysAndStatus() {
        CoachingRecord record = shared();
        CoachingViewer hr = new CoachingViewer(HANA, Set.of(), true);

        assertThat(CoachingRecordQuery.visibleTo(hr).matches(record)).isTrue();
        assertThat(new CoachingRecordQuery(hr, FRONT_DESK, EMMA, LENA, HELD, HELD, CoachingStatus.SHARED).matches(record)).isTrue();
        assertThat(new CoachingRecordQuery(hr, Ids.newId(), null, null, null, null, null).matches(record)).isFalse();
        assertThat(new CoachingRecordQuery(hr, null, LENA, null, null, null, null).matches(record)).isFalse();
        assertThat(new CoachingRecordQuery(hr, null, null, EMMA, null, null, null).matches(record)).isFalse();
        assertThat(new CoachingRecordQuery(hr, null, null, null, HELD.plusDays(1), null, null).matches(record)).isFalse();
        assertThat(new CoachingRecordQuery(hr, null, null, null, null, HELD.minusDays(1), null).matches(record)).isFalse();
        assertThat(new CoachingRecordQuery(hr, null, null, null, null, null, CoachingStatus.CLOSED).matches(record)).isFalse();
    }

    @Test
    void isPastRetentionOn_keepsItThroughTheRetentionDay() {
        CoachingRecord record = draft();

        assertThat(record.isPastRetentionOn(HELD.plusYears(2))).isFalse();
        assertThat(record.isPastRetentionOn(HELD.plusYears(2).plusDays(1))).isTrue();
    }

    @Test
    void aLegalHold_keepsTheRecordPastItsRetentionDay_untilItIsLifted_andPlacingItTwiceKeepsTheFirstDay() {
        CoachingRecord record = draft();

        record.placeLegalHold(NOW);
        record.placeLegalHold(NOW.plusSeconds(60));

        assertThat(record.isHeld()).isTrue();
        assertThat(record.legalHoldSince()).isEqualTo(NOW);
        assertThat(record.isPastRetentionOn(HELD.plusYears(30))).isFalse();
        record.liftLegalHold();
        assertThat(record.isHeld()).isFalse();
        assertThat(record.legalHoldSince()).isNull();
        assertThat(record.isPastRetentionOn(HELD.plusYears(2).plusDays(1))).isTrue();
    }

    @Test
    void retention_notAfterTheConversation_isRefused() {
        assertThatThrownBy(() -> CoachingRecord.draft(LENA, EMMA, FRONT_DESK, conversation("x"), HELD, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retention_tenYearsAfterTheConversation_isTheLongestAllowed() {
        CoachingRecord record = CoachingRecord.draft(LENA, EMMA, FRONT_DESK, conversation("x"), HELD.plusYears(10), NOW);

        assertThat(record.retainUntil()).isEqualTo(HELD.plusYears(10)).isEqualTo(CoachingRecord.latestRetentionFor(HELD));
    }

    @Test
    void retention_longerThanTenYears_isRefusedWithTheLimitInPlainWords() {
        for (LocalDate tooLate : List.of(HELD.plusYears(10).plusDays(1), HELD.plusYears(50), LocalDate.MAX)) {
            assertThatThrownBy(() -> CoachingRecord.draft(LENA, EMMA, FRONT_DESK, conversation("x"), tooLate, NOW))
                    .as(tooLate.toString()).isInstanceOf(RetentionIsLimited.class)
                    .hasMessage("rule.retentionIsLimited[10]");
        }
    }

    @Test
    void revise_toARetentionBeyondTheLimit_isRefusedAndTheDraftKeepsItsDate() {
        CoachingRecord record = draft();

        assertThatThrownBy(() -> record.revise(LENA, conversation("Card terminal time-outs"), HELD.plusYears(11)))
                .isInstanceOf(RetentionIsLimited.class);
        assertThat(record.retainUntil()).isEqualTo(HELD.plusYears(2));
    }

    @Test
    void sharing_tellsTheEmployee_andAnswering_tellsTheCoach_byIdsOnly() {
        CoachingRecord record = draft();
        assertThat(record.takeEvents()).as("a draft is the coach's own note").isEmpty();

        record.share(LENA, NOW.plusSeconds(60));
        assertThat(record.takeEvents()).containsExactly(new CoachingRecordShared(record.id(), EMMA, LENA, NOW.plusSeconds(60)));

        record.decline(EMMA, "It was the terminal, not me.", NOW.plusSeconds(120));
        List<dimple.domain.shared.DomainEvent> declined = record.takeEvents();
        assertThat(declined).containsExactly(new CoachingRecordDeclined(record.id(), EMMA, LENA, NOW.plusSeconds(120)));
        assertThat(declined.get(0).toString()).as("nothing of the record's content").doesNotContain("terminal").doesNotContain("Card");
        assertThat(declined.get(0).aggregate()).isEqualTo("coaching-record:" + record.id());

        CoachingRecord other = shared();
        other.takeEvents();
        other.acknowledge(EMMA, null, NOW.plusSeconds(180));
        assertThat(other.takeEvents()).containsExactly(new CoachingRecordAcknowledged(other.id(), EMMA, LENA, NOW.plusSeconds(180)));
    }

    @Test
    void aRefusedAnswer_recordsNothing() {
        CoachingRecord record = shared();
        record.takeEvents();

        assertThatThrownBy(() -> record.decline(EMMA, " ", NOW.plusSeconds(120))).isInstanceOf(DecliningNeedsAComment.class);

        assertThat(record.takeEvents()).isEmpty();
    }
}
