package dimple.application.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dimple.application.audit.AuditAction;
import dimple.application.shared.AccessRefused;
import dimple.application.shared.English;
import dimple.application.shared.FieldProblem;
import dimple.application.shared.InvalidInput;
import dimple.application.shared.RecordNotFound;
import dimple.application.shared.StaleRecord;
import dimple.domain.audit.AuditEntry;
import dimple.domain.coaching.AssessmentDidNotCallForCoaching;
import dimple.domain.coaching.NobodyCoachesThemselves;
import dimple.domain.coaching.ResponseNotAwaited;
import dimple.domain.coaching.SharedRecordIsFrozen;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoachingServiceTest {
    private final CoachingFixture lane = new CoachingFixture();

    private List<String> topicsFor(String username, CoachingFilter filter) {
        return lane.as(username).coaching.list(filter, 0, 50).items().stream().map(CoachingRecordSummary::topic).toList();
    }

    @Test
    void draft_forAMemberOfTheLedTeam_isADraftOnlyTheCoachSees() {
        CoachingRecordView view = lane.as("lena").coaching.draft(lane.record("emma", "Card terminal time-outs"));

        assertThat(view.status()).isEqualTo("DRAFT");
        assertThat(view.employee()).isEqualTo("emma");
        assertThat(view.coach()).isEqualTo("lena");
        assertThat(view.team()).isEqualTo("Front Desk");
        assertThat(view.retainUntil()).isEqualTo(view.heldAt().plusYears(2));
        assertThat(view.mayShare()).isTrue();
        assertThat(view.mayRevise()).isTrue();
        assertThat(view.mayRespond()).isFalse();
        assertThatThrownBy(() -> lane.as("emma").coaching.find(view.id())).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> lane.as("hana").coaching.find(view.id())).isInstanceOf(RecordNotFound.class);
        assertThat(lane.audited(AuditAction.COACHING_RECORD_DRAFTED)).singleElement().extracting(AuditEntry::actor).isEqualTo("lena");
    }

    @Test
    void draft_forSomeoneOutsideTheLedTeams_isRefusedWith403() {
        assertThatThrownBy(() -> lane.as("lena").coaching.draft(lane.record("eli", "Not my team"))).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> lane.as("lena").coaching.draft(lane.record("nobody", "Unknown"))).isInstanceOf(AccessRefused.class);
        assertThat(lane.records.all()).isEmpty();
    }

    @Test
    void draft_aboutOneself_isRefused() {
        assertThatThrownBy(() -> lane.as("lena").coaching.draft(lane.record("lena", "Me"))).isInstanceOf(NobodyCoachesThemselves.class);
    }

    @Test
    void draft_missingAndWrongFields_areAllReportedWithTheirNames() {
        LocalDate tomorrow = lane.today().plusDays(1);
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> lane.as("lena").coaching.draft(new DraftCoachingRecord(
                "emma", tomorrow, " ", null, "x".repeat(4001), "ok", tomorrow.minusDays(2), List.of("nope"), lane.today(), null)));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "heldAt", "topic", "expectation", "observations", "followUpDate", "lessonIds", "retainUntil", "retainUntil");
    }

    @Test
    void draft_keptLongerThanTenYearsAfterTheConversation_isRefusedAsInputAndNothingIsStored() {
        DraftCoachingRecord base = lane.record("emma", "Kept for ever");
        for (LocalDate tooLate : List.of(base.heldAt().plusYears(10).plusDays(1), LocalDate.of(999_999_999, 12, 31))) {
            InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> lane.as("lena").coaching.draft(new DraftCoachingRecord(
                    "emma", base.heldAt(), base.topic(), base.expectation(), base.observations(), base.agreedActions(), base.followUpDate(),
                    null, tooLate, null)));

            assertThat(English.said(refused.problems())).as(tooLate.toString()).containsExactly(English.said("retainUntil",
                    "A coaching record is kept at most 10 years after the conversation: choose a day until "
                            + base.heldAt().plusYears(10) + " at the latest."));
        }
        assertThat(lane.records.all()).isEmpty();
    }

    @Test
    void draft_keptExactlyTenYears_isAccepted() {
        DraftCoachingRecord base = lane.record("emma", "Kept ten years");

        CoachingRecordView view = lane.as("lena").coaching.draft(new DraftCoachingRecord("emma", base.heldAt(), base.topic(),
                base.expectation(), base.observations(), base.agreedActions(), base.followUpDate(), null, base.heldAt().plusYears(10), null));

        assertThat(view.retainUntil()).isEqualTo(base.heldAt().plusYears(10));
    }

    @Test
    void revise_retentionBeyondTheLimit_isRefusedAsInputAndTheDraftKeepsItsDate() {
        String id = lane.draftRecord("lena", "emma", "Card terminal time-outs");
        LocalDate before = lane.as("lena").coaching.find(id).retainUntil();

        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> lane.as("lena").coaching.revise(new ReviseCoachingRecord(id,
                null, null, null, null, null, null, null, null, lane.today().plusYears(30))));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("retainUntil");
        assertThat(lane.as("lena").coaching.find(id).retainUntil()).isEqualTo(before);
    }

    @Test
    void draft_linkingAReportAsALesson_isRefused() {
        String report = lane.namedReport("emma", "Front Desk");
        DraftCoachingRecord base = lane.record("emma", "Links");
        DraftCoachingRecord linkingAReport = new DraftCoachingRecord("emma", base.heldAt(), base.topic(), base.expectation(),
                base.observations(), base.agreedActions(), base.followUpDate(), List.of(report), null, null);

        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> lane.as("lena").coaching.draft(linkingAReport));

        assertThat(English.said(refused.problems())).containsExactly(English.said("lessonIds", "A coaching record links to lessons, never to a report."));
    }

    @Test
    void draft_followingAnAssessmentThatCalledForCoaching_isLinkedToIt() {
        String report = lane.namedReport("emma", "Front Desk");
        String assessment = lane.as("lena").assessing.open(CoachingFixture.assessment(report, "emma")).id();
        DraftCoachingRecord base = lane.record("emma", "After the assessment");

        CoachingRecordView view = lane.coaching.draft(new DraftCoachingRecord("emma", base.heldAt(), base.topic(), base.expectation(),
                base.observations(), base.agreedActions(), base.followUpDate(), null, null, assessment));

        assertThat(view.assessmentId()).isEqualTo(assessment);
        assertThat(lane.audited(AuditAction.COACHING_RECORD_DRAFTED).get(0).detail()).contains(assessment);
    }

    @Test
    void draft_followingAnAssessmentThatConsoled_isRefused_andOneAboutSomeoneElseToo() {
        String report = lane.namedReport("emma", "Front Desk");
        OpenAssessment console = new OpenAssessment(report, "emma", "A slip.", new OpenAssessment.Tests(false, false, false, true),
                "HUMAN_ERROR", "CONSOLE");
        String consoled = lane.as("lena").assessing.open(console).id();
        String coached = lane.assessing.open(CoachingFixture.assessment(report, "emma")).id();
        DraftCoachingRecord base = lane.record("emma", "x");

        assertThatThrownBy(() -> lane.coaching.draft(new DraftCoachingRecord("emma", base.heldAt(), "x", "e", "o", "a", base.followUpDate(),
                null, null, consoled))).isInstanceOf(AssessmentDidNotCallForCoaching.class);
        assertThatThrownBy(() -> lane.as("leo").coaching.draft(new DraftCoachingRecord("eli", base.heldAt(), "x", "e", "o", "a",
                base.followUpDate(), null, null, coached))).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void share_thenTheEmployeeDeclinesWithAComment_thenTheCoachCloses_andEveryStepIsAudited() {
        String id = lane.draftRecord("lena", "emma", "Refunds without the receipt");

        CoachingRecordView shared = lane.as("lena").coaching.share(new ChangeCoachingRecord(id, null));
        assertThat(shared.status()).isEqualTo("SHARED");
        assertThat(shared.sharedAt()).isEqualTo(lane.world.clock.instant());

        CoachingRecordView seenByEmma = lane.as("emma").coaching.find(id);
        assertThat(seenByEmma.mayRespond()).isTrue();
        assertThat(seenByEmma.mayShare()).isFalse();
        lane.world.clock.advance(Duration.ofHours(5));
        CoachingRecordView declined = lane.coaching.respond(new RespondToCoachingRecord(id, "DECLINED",
                "The guest was leaving for the airport.", seenByEmma.version()));
        assertThat(declined.status()).isEqualTo("DECLINED");
        assertThat(declined.employeeResponse()).isEqualTo("DECLINED");
        assertThat(declined.employeeComment()).isEqualTo("The guest was leaving for the airport.");
        assertThat(declined.respondedAt()).isEqualTo(lane.world.clock.instant());

        CoachingRecordView closed = lane.as("lena").coaching.close(new ChangeCoachingRecord(id, null));
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.employeeComment()).as("the comment stays with the record").isEqualTo("The guest was leaving for the airport.");

        assertThat(lane.world.audit.all()).extracting(AuditEntry::action).containsSubsequence(
                AuditAction.COACHING_RECORD_DRAFTED, AuditAction.COACHING_RECORD_SHARED, AuditAction.COACHING_RECORD_READ,
                AuditAction.COACHING_RECORD_DECLINED, AuditAction.COACHING_RECORD_CLOSED);
        assertThat(lane.audited(AuditAction.COACHING_RECORD_DECLINED)).singleElement().extracting(AuditEntry::actor).isEqualTo("emma");
    }

    @Test
    void respond_declineWithoutAComment_isRefusedOnTheCommentField() {
        String id = lane.sharedRecord("lena", "emma", "Handover book");

        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> lane.as("emma").coaching.respond(new RespondToCoachingRecord(id, "DECLINED", "  ", null)));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("comment");
        assertThat(lane.as("emma").coaching.find(id).status()).isEqualTo("SHARED");
    }

    @Test
    void respond_acknowledgeWithoutComment_isFine_butOnlyOnce() {
        String id = lane.sharedRecord("lena", "emma", "Handover book");

        assertThat(lane.as("emma").coaching.respond(new RespondToCoachingRecord(id, "acknowledged", null, null)).status())
                .isEqualTo("ACKNOWLEDGED");
        assertThatThrownBy(() -> lane.coaching.respond(new RespondToCoachingRecord(id, "DECLINED", "changed my mind", null)))
                .isInstanceOf(ResponseNotAwaited.class);
    }

    @Test
    void respond_unknownDecision_isRefused() {
        String id = lane.sharedRecord("lena", "emma", "Handover book");

        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> lane.as("emma").coaching.respond(new RespondToCoachingRecord(id, "MAYBE", null, null)));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("decision");
    }

    @Test
    void respond_toSomeoneElsesRecord_isNotFound_andTheCoachCannotAnswerForTheEmployee() {
        String id = lane.sharedRecord("lena", "emma", "Handover book");

        assertThatThrownBy(() -> lane.as("eli").coaching.respond(new RespondToCoachingRecord(id, "ACKNOWLEDGED", null, null)))
                .isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> lane.as("lena").coaching.respond(new RespondToCoachingRecord(id, "ACKNOWLEDGED", null, null)))
                .isInstanceOf(AccessRefused.class);
    }

    @Test
    void respond_withAStaleVersion_isRefused() {
        String id = lane.sharedRecord("lena", "emma", "Handover book");
        long version = lane.as("emma").coaching.find(id).version();

        assertThatThrownBy(() -> lane.coaching.respond(new RespondToCoachingRecord(id, "ACKNOWLEDGED", null, version + 1)))
                .isInstanceOf(StaleRecord.class);
    }

    @Test
    void revise_draft_changesOnlyWhatIsGiven_butASharedRecordIsFrozen() {
        String id = lane.draftRecord("lena", "emma", "First words");

        CoachingRecordView revised = lane.as("lena").coaching.revise(new ReviseCoachingRecord(id, null, null, "Better words", null, null,
                null, null, null, null));
        assertThat(revised.topic()).isEqualTo("Better words");
        assertThat(revised.expectation()).isEqualTo("Check the terminal log before a second attempt.");

        lane.coaching.share(new ChangeCoachingRecord(id, null));
        assertThatThrownBy(() -> lane.coaching.revise(new ReviseCoachingRecord(id, null, null, "Sneaky change", null, null, null, null,
                null, null))).isInstanceOf(SharedRecordIsFrozen.class);
        assertThat(lane.as("emma").coaching.find(id).topic()).isEqualTo("Better words");
    }

    @Test
    void find_aLeaderOfAnotherTeam_anotherEmployee_andAnAdmin_getNotFound() {
        String id = lane.sharedRecord("lena", "emma", "Handover book");

        for (String outsider : List.of("leo", "eli", "admin")) {
            assertThatThrownBy(() -> lane.as(outsider).coaching.find(id)).as(outsider).isInstanceOf(RecordNotFound.class);
        }
        assertThat(lane.audited(AuditAction.COACHING_RECORD_READ)).isEmpty();
    }

    @Test
    void find_theCoachWhoNoLongerLeadsTheTeam_losesSightOfTheRecord() {
        String id = lane.sharedRecord("lena", "emma", "Handover book");
        lane.world.accounts.get("lena").assignTeams(List.of(lane.world.frontDesk.id()), List.of());

        assertThatThrownBy(() -> lane.as("lena").coaching.find(id)).isInstanceOf(RecordNotFound.class);
        assertThat(lane.as("emma").coaching.find(id).topic()).isEqualTo("Handover book");
    }

    @Test
    void list_isScopedToWhatEachPersonMaySee() {
        lane.draftRecord("lena", "emma", "Draft about emma");
        lane.sharedRecord("lena", "emma", "Shared with emma");
        lane.sharedRecord("leo", "eli", "Shared with eli");

        assertThat(topicsFor("emma", null)).containsExactly("Shared with emma");
        assertThat(topicsFor("lena", null)).containsExactlyInAnyOrder("Draft about emma", "Shared with emma");
        assertThat(topicsFor("leo", null)).containsExactly("Shared with eli");
        assertThat(topicsFor("eli", null)).containsExactly("Shared with eli");
        assertThat(topicsFor("hana", null)).containsExactlyInAnyOrder("Shared with emma", "Shared with eli");
        assertThat(topicsFor("admin", null)).isEmpty();
    }

    @Test
    void list_filtersByTeamEmployeeCoachStatusAndDays() {
        lane.sharedRecord("lena", "emma", "Shared with emma");
        lane.sharedRecord("leo", "eli", "Shared with eli");
        LocalDate held = lane.today().minusDays(1);

        assertThat(topicsFor("hana", new CoachingFilter("Online Orders", null, null, null, null, null))).containsExactly("Shared with eli");
        assertThat(topicsFor("hana", new CoachingFilter(null, "emma", null, null, null, null))).containsExactly("Shared with emma");
        assertThat(topicsFor("hana", new CoachingFilter(null, null, "leo", null, null, null))).containsExactly("Shared with eli");
        assertThat(topicsFor("hana", new CoachingFilter(null, null, null, null, null, "declined"))).isEmpty();
        assertThat(topicsFor("hana", new CoachingFilter(null, null, null, held, held, "SHARED"))).hasSize(2);
        assertThat(topicsFor("hana", new CoachingFilter(null, null, null, held.plusDays(1), null, null))).isEmpty();
        assertThat(topicsFor("hana", new CoachingFilter(null, "nobody", null, null, null, null))).isEmpty();
        assertThat(topicsFor("emma", new CoachingFilter(null, "eli", null, null, null, null))).isEmpty();
    }

    @Test
    void list_badFilters_areRefusedWithTheirFields() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> lane.as("hana").coaching.list(
                new CoachingFilter("Kitchen", null, null, lane.today(), lane.today().minusDays(1), "LOST"), 0, 20));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("team", "from", "status");
    }

    @Test
    void list_pagesThatShowRecords_areAuditedWithTheFilter() {
        lane.sharedRecord("lena", "emma", "Shared with emma");

        lane.as("hana").coaching.list(new CoachingFilter("Front Desk", "emma", null, null, null, null), 0, 20);
        lane.as("leo").coaching.list(null, 0, 20);

        assertThat(lane.audited(AuditAction.COACHING_RECORDS_LISTED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("hana");
            assertThat(e.detail()).isEqualTo("1 of 1, page 0, filter: team=Front Desk, employee=emma");
        });
    }

    @Test
    void people_areTheMembersOfTheLedTeamsWithoutTheLeader() {
        assertThat(lane.as("lena").coaching.people()).extracting(PersonOption::username).containsExactly("emma");
        assertThat(lane.as("leo").coaching.people()).extracting(PersonOption::label).containsExactly("Eli Employee (eli, Online Orders)");
    }
}
